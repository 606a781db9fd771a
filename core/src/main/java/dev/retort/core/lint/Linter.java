package dev.retort.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.lint.RevisionLinter;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * Checks the upgrade statements of revisions for changes that lock, rewrite or destroy on a
 * production database, and says what to write instead. {@code retort lint}, {@code check},
 * {@code revision --autogenerate} and the Spring Boot start-up check all use it; most code calls
 * {@link dev.retort.core.api.Retort#lint(String)} instead.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.forDialect("postgresql").lint(scripts, Set.of("ae1027a6acf0"));
 * findings.stream().filter((f) -> f.atLeast(Severity.ERROR)).forEach(System.out::println);
 * }</pre>
 *
 * <p>Revisions are read in the order they run. A table created earlier in the same revision is
 * new and empty: no locking, rewriting or data findings on it. A table created by an earlier
 * revision, or that no revision creates (it is in the database already), is an existing table
 * with data. Statements are read with Retort's own tokenizer, not a full SQL parser: a statement
 * it does not recognize passes, it is never an error. A {@code -- retort:lint-ignore <rule-or-category> <reason>}
 * line before a statement marks the matching findings {@link Finding#suppressed() suppressed}; the
 * reason is required.
 *
 * <p>Immutable and thread-safe; each call starts from an empty schema.
 *
 * @since 0.1.0
 */
public final class Linter {

	private final Dialect dialect;

	private Linter(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * A linter with the rules of one database.
	 * @param dialect {@code postgresql}, {@code mariadb} (or {@code mysql}), {@code h2}, or a JDBC
	 * URL of one of them
	 * @return the linter
	 * @throws dev.retort.core.api.RetortException with {@code INVALID_CONFIGURATION} for another
	 * database
	 */
	public static Linter forDialect(String dialect) {
		Objects.requireNonNull(dialect, "'dialect' must not be null");
		return new Linter(Dialect.named(dialect));
	}

	/**
	 * Lint every revision.
	 * @param revisions the revisions in the order they run (base first)
	 * @return the findings, suppressed ones included, in revision and statement order
	 * @throws dev.retort.core.api.RetortException naming the file and line when an SQL section
	 * cannot be split into statements
	 */
	public List<Finding> lint(List<Script> revisions) {
		Objects.requireNonNull(revisions, "'revisions' must not be null");
		return run(revisions, null);
	}

	/**
	 * Lint some revisions, reading the others for what they create.
	 * @param revisions the revisions in the order they run (base first)
	 * @param reported the ids of the revisions whose findings are wanted, for example the pending
	 * ones
	 * @return the findings of those revisions, suppressed ones included
	 */
	public List<Finding> lint(List<Script> revisions, Set<String> reported) {
		Objects.requireNonNull(revisions, "'revisions' must not be null");
		Objects.requireNonNull(reported, "'reported' must not be null");
		return run(revisions, reported);
	}

	/**
	 * Lint the revisions an upgrade is about to run, as the Spring Boot start-up check does: the
	 * revisions before them are fetched only if a rule needs a column type they declare (a type
	 * change), so a start whose pending revisions change no type reads none of the applied ones.
	 * Gives the same findings as {@link #lint(List, Set)} with the earlier revisions first.
	 * @param pending the revisions whose findings are wanted, in the order they run
	 * @param earlier supplies the revisions before them (base first); called at most once
	 * @return the findings of the pending revisions, suppressed ones included
	 */
	public List<Finding> lintPending(List<Script> pending, Supplier<List<Script>> earlier) {
		Objects.requireNonNull(pending, "'pending' must not be null");
		Objects.requireNonNull(earlier, "'earlier' must not be null");
		RevisionLinter linter = new RevisionLinter(this.dialect, earlier);
		List<Finding> findings = new ArrayList<>();
		for (Script script : pending) {
			findings.addAll(linter.lint(script, true));
		}
		return List.copyOf(findings);
	}

	/**
	 * Lint a small built-in pair of revisions once on each dialect, findings discarded, so that the
	 * first real lint of this JVM finds its classes loaded, linked and their constants resolved:
	 * loading them costs more than linting 10 revisions. The Spring Boot start-up check calls this
	 * on a background thread while the application context starts. Reads no file and no database.
	 * One round: more would only bring the tokenizer nearer to compilation, which the start-up lint
	 * of 10 revisions does not measurably gain from.
	 */
	public static void warmUp() {
		List<Script> sample = warmUpSample();
		for (Dialect dialect : Dialect.values()) {
			new Linter(dialect).lint(sample, Set.of("w2"));
		}
	}

	/** The revisions {@link #warmUp()} lints: every kind of statement a typical revision holds. */
	static List<Script> warmUpSample() {
		return WarmUp.sample();
	}

	private List<Finding> run(List<Script> revisions, @Nullable Set<String> reported) {
		RevisionLinter linter = new RevisionLinter(this.dialect);
		List<Finding> findings = new ArrayList<>();
		for (Script script : revisions) {
			findings.addAll(linter.lint(script, reported == null || reported.contains(script.id())));
		}
		return List.copyOf(findings);
	}

	/**
	 * The warm-up's revisions, in a class of their own: the start-up lint itself does not load them.
	 * Built as the parser would build them, without the parser: a start with nothing pending never
	 * splits a file, and the warm-up should not load the splitter for it.
	 */
	private static final class WarmUp {

		static List<Script> sample() {
			Script given = script("w1", List.of(), List.of(
					"CREATE TABLE warm_up (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, code VARCHAR(20))"));
			Script change = script("w2", List.of("w1"), List.of(
					"CREATE TABLE warm_up_other (id BIGINT PRIMARY KEY, note TEXT)",
					"ALTER TABLE warm_up ADD COLUMN note VARCHAR(200)",
					"ALTER TABLE warm_up ADD COLUMN score INT DEFAULT 0 NOT NULL",
					"CREATE INDEX warm_up_name_idx ON warm_up (name)",
					"ALTER TABLE warm_up ADD CONSTRAINT warm_up_fk FOREIGN KEY (id) REFERENCES warm_up_other (id)",
					"UPDATE warm_up SET note = 'n' WHERE id > 0",
					"-- retort:lint-ignore rename-column the release before already reads both names\n"
							+ "ALTER TABLE warm_up RENAME COLUMN code TO external_code",
					"ALTER TABLE warm_up ALTER COLUMN name TYPE VARCHAR(50)",
					"ALTER TABLE warm_up MODIFY name VARCHAR(40)",
					"ALTER TABLE warm_up DROP COLUMN note",
					"DELETE FROM warm_up",
					"DROP TABLE warm_up_other"));
			return List.of(given, change);
		}

		private static Script script(String id, List<String> down, List<String> statements) {
			RevisionHeader header = new RevisionHeader(id, down, List.of(), List.of(), "warm-up", "",
					"warm-up/" + id + ".sql");
			return new Script(header, "warm-up", true, new SqlBody(statements), Optional.empty());
		}

	}

}
