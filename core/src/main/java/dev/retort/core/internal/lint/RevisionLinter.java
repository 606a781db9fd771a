package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.RetortException;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.db.DialectSink;
import dev.retort.core.lint.Finding;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * Lints revisions in the order they run, keeping what earlier ones created in a {@link Schema}.
 * Only upgrade sections are linted: a downgrade undoes, and is expected to drop.
 */
public final class RevisionLinter {

	private final Dialect dialect;

	private final Schema schema;

	/** Revisions before the linted ones, read only when a column type of theirs is needed. */
	private final List<Script> history = new ArrayList<>();

	/** More revisions before the linted ones, fetched the first time the history is read. */
	private @Nullable Supplier<List<Script>> earlier;

	public RevisionLinter(Dialect dialect) {
		this(dialect, null);
	}

	/**
	 * A linter whose earlier revisions are fetched only if a rule needs a column type they declare.
	 * @param dialect the rules' database
	 * @param earlier the revisions before the linted ones, base first, or {@code null}
	 */
	public RevisionLinter(Dialect dialect, @Nullable Supplier<List<Script>> earlier) {
		this.dialect = dialect;
		this.earlier = earlier;
		// the schema asks this linter itself: no lambda to spin up, no class to load on the first start-up lint
		this.schema = new Schema(this);
	}

	/**
	 * Lint the next revision.
	 * @param script the revision
	 * @param report whether to return its findings (false: keep it for what it declares)
	 * @return the findings, in statement order
	 */
	public List<Finding> lint(Script script, boolean report) {
		if (!report) {
			this.history.add(script);
			return List.of();
		}
		this.schema.startRevision();
		List<Finding> findings = new ArrayList<>();
		for (Located statement : statements(script)) {
			if (statement.meta()) {
				findings.add(finding(script, statement, Rule.CLIENT_COMMAND, "'" + statement.text()
						+ "' is a command of the psql or mariadb client, not SQL: the server rejects it"));
				continue;
			}
			Sql sql = new Sql(statement, this.schema, this.dialect, script, findings);
			if (sql.size() > 0) {
				Statements.check(sql); // reports to findings
			}
		}
		return findings;
	}

	/**
	 * The column types of a table as the unlinted earlier revisions leave it: their statements that
	 * name the table run through the rules against a scratch schema, findings discarded.
	 */
	Map<String, ColumnType> columnsFromHistory(String table) {
		Supplier<List<Script>> fetch = this.earlier;
		if (fetch != null) {
			this.earlier = null;
			this.history.addAll(0, fetch.get());
		}
		Schema scratch = new Schema(null);
		String needle = table.toLowerCase(Locale.ROOT);
		for (Script script : this.history) {
			if (!(script.upgrade() instanceof SqlBody body)) {
				continue;
			}
			if (body.source().isPresent() && !body.source().get().text().toLowerCase(Locale.ROOT).contains(needle)) {
				continue; // the file never names the table: no need to split it
			}
			scratch.startRevision();
			for (String statement : body.statements()) {
				if (statement.toLowerCase(Locale.ROOT).contains(needle)) {
					Statements.check(new Sql(statement, scratch, this.dialect));
				}
			}
		}
		return scratch.snapshot(table);
	}

	private List<Located> statements(Script script) {
		if (script.upgrade() instanceof SqlBody body) {
			List<String> split;
			try {
				split = body.statements();
			}
			catch (RetortException ex) {
				// a splitter that refuses client commands: report them as findings, with the fix
				List<Located> commands = body.source().map(Located::clientCommands).orElse(List.of());
				if (commands.isEmpty()) {
					throw ex;
				}
				return commands;
			}
			return Located.locate(split, body.source());
		}
		return JavaRevisions.statements(script, this.dialect);
	}

	static Finding finding(Script script, Located statement, Rule rule, String message) {
		Optional<String> reason = Optional.empty();
		String note = "";
		for (Located.Suppression suppression : statement.suppressions()) {
			if (suppression.key().equals(rule.id()) || suppression.key().equals(rule.category().id())) {
				if (suppression.reason().isEmpty()) {
					note = " (the retort:lint-ignore on line " + suppression.line()
							+ " is ignored: it gives no reason; write one after '" + suppression.key() + "')";
				}
				else {
					reason = Optional.of(suppression.reason());
				}
			}
		}
		return new Finding(script.id(), script.revision().source(), statement.line(), statement.text(), rule.id(),
				rule.category(), rule.severity(), message + note, rule.fix(), reason);
	}

	/**
	 * The statements of Java revisions, rendered for the dialect; a class of its own so that linting
	 * SQL revisions does not load what rendering needs.
	 */
	private static final class JavaRevisions {

		static List<Located> statements(Script script, Dialect dialect) {
			List<String> rendered = new ArrayList<>();
			try {
				script.upgrade().apply(DialectSink.collecting(dialect, rendered));
			}
			catch (Exception ex) {
				// a Java revision that needs a live connection to decide its statements cannot be linted offline
				return List.of();
			}
			return rendered.stream().map((sql) -> new Located(sql, 0, false, List.of())).toList();
		}

	}

}
