package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;

import dev.retort.core.internal.db.Dialect;

/** One statement being checked: what the rules read and where they report. */
final class Check {

	final Sql sql;

	final Schema schema;

	final Dialect dialect;

	final boolean transactional;

	private final List<Hit> hits = new ArrayList<>();

	Check(Sql sql, Schema schema, Dialect dialect, boolean transactional) {
		this.sql = sql;
		this.schema = schema;
		this.dialect = dialect;
		this.transactional = transactional;
	}

	void report(Rule rule, String message) {
		if (rule.appliesTo(this.dialect)) {
			this.hits.add(new Hit(rule, message));
		}
	}

	boolean postgres() {
		return this.dialect == Dialect.POSTGRESQL;
	}

	boolean mariadb() {
		return this.dialect == Dialect.MARIADB;
	}

	List<Hit> hits() {
		return this.hits;
	}

	/** A rule that fired, with the message for this statement. */
	record Hit(Rule rule, String message) {
	}

}
