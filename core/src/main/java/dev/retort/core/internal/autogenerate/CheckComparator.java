package dev.retort.core.internal.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.retort.core.autogenerate.CheckModel;
import dev.retort.core.autogenerate.TableModel;

/**
 * Compares one table's check constraints. A model check and a database check are the same when
 * their names match, or when their conditions match once the database's spelling is taken off
 * (quotes, parentheses, spaces and case): H2 and MariaDB name the checks Hibernate leaves unnamed
 * themselves, and every database rewrites conditions in its own way.
 */
final class CheckComparator {

	private final String table;

	private final TableModel current;

	private final TableModel wanted;

	private final List<SchemaOp> drops;

	private final List<SchemaOp> adds;

	CheckComparator(String table, TableModel current, TableModel wanted, List<SchemaOp> drops, List<SchemaOp> adds) {
		this.table = table;
		this.current = current;
		this.wanted = wanted;
		this.drops = drops;
		this.adds = adds;
	}

	void compare() {
		List<CheckModel> existing = new ArrayList<>(this.current.checks());
		for (CheckModel check : this.wanted.checks()) {
			CheckModel match = existing.stream()
				.filter((candidate) -> SchemaComparator.key(candidate.name()).equals(SchemaComparator.key(check.name())))
				.findFirst()
				.orElseGet(() -> existing.stream()
					.filter((candidate) -> condition(candidate.expression()).equals(condition(check.expression())))
					.findFirst()
					.orElse(null));
			if (match == null) {
				this.adds.add(new SchemaOp.AddCheck(this.table, check));
			}
			else {
				existing.remove(match);
			}
		}
		existing.forEach((gone) -> this.drops.add(new SchemaOp.DropCheck(this.current.name(), gone)));
	}

	static String condition(String expression) {
		return expression.replaceAll("[\"`()\\s]", "").toLowerCase(Locale.ROOT);
	}

}
