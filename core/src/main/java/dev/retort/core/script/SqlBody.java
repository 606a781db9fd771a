package dev.retort.core.script;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The body of an SQL revision file: its statements, sent in order.
 *
 * <p>A body read from a file is split into statements on first use: a start with nothing pending
 * never needs the statements of applied revisions, and splitting them all cost more than reading
 * the files. A body known from a revision index ({@link #read(Supplier)}) reads its file on first
 * use too. The engine splits the bodies of every revision it is about to run before the first
 * of them starts, so a malformed section still stops a run before anything is applied.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class SqlBody implements Body {

	private @Nullable Supplier<List<String>> splitter;

	private volatile @Nullable List<String> statements;

	private final @Nullable Substitution substitution;

	private final @Nullable SourceText source;

	/** Reads the body from its file on first use (a body known from a revision index), else {@code null}. */
	private final @Nullable Supplier<SqlBody> reader;

	private volatile @Nullable SqlBody read;

	/**
	 * A body of statements already split.
	 * @param statements the statements without delimiters
	 */
	public SqlBody(List<String> statements) {
		this.statements = List.copyOf(statements);
		this.substitution = null;
		this.source = null;
		this.reader = null;
	}

	private SqlBody(Supplier<List<String>> splitter, @Nullable Substitution substitution, @Nullable SourceText source) {
		this.splitter = splitter;
		this.substitution = substitution;
		this.source = source;
		this.reader = null;
	}

	private SqlBody(Supplier<SqlBody> reader) {
		this.reader = reader;
		this.substitution = null;
		this.source = null;
	}

	/**
	 * A body whose file has not been read yet: the revision is known from a revision index, and
	 * its file is read (and checked against the index) only when the body is first used, that is
	 * when the revision runs, is rendered, linted or shown.
	 * @param reader reads and parses the file and returns the section's body; may throw a
	 * {@link dev.retort.core.api.RetortException} naming the file, thrown again on each use
	 * @return the body
	 */
	public static SqlBody read(Supplier<SqlBody> reader) {
		return new SqlBody(Objects.requireNonNull(reader, "'reader' must not be null"));
	}

	/** The body read from the file, or {@code null} for a body that was built with its text. */
	private @Nullable SqlBody fromFile() {
		Supplier<SqlBody> fileReader = this.reader;
		if (fileReader == null) {
			return null;
		}
		SqlBody body = this.read;
		if (body == null) {
			synchronized (this) {
				body = this.read;
				if (body == null) {
					body = Objects.requireNonNull(fileReader.get());
					this.read = body;
				}
			}
		}
		return body;
	}

	/**
	 * A body split on first use.
	 * @param splitter splits the section; may throw a
	 * {@link dev.retort.core.api.RetortException} naming the file and line, thrown again on each
	 * use until the file is fixed
	 * @return the body
	 */
	public static SqlBody deferred(Supplier<List<String>> splitter) {
		return new SqlBody(Objects.requireNonNull(splitter, "'splitter' must not be null"), null, null);
	}

	/**
	 * A body split on first use whose statements take the run's placeholder values
	 * ({@link StatementSink#placeholders()}) when they run or are rendered, as a file with the
	 * header {@code -- placeholders: true} asks. {@link #statements()} stays as written.
	 * @param splitter splits the section
	 * @param substitution fills one statement's placeholders; throws naming the file and line of
	 * a placeholder without a value
	 * @return the body
	 */
	public static SqlBody deferred(Supplier<List<String>> splitter, Substitution substitution) {
		return new SqlBody(Objects.requireNonNull(splitter, "'splitter' must not be null"),
				Objects.requireNonNull(substitution, "'substitution' must not be null"), null);
	}

	/**
	 * The statements as they run with the given placeholder values: as written unless the file
	 * opts in to placeholders. Every statement is filled before any is returned, so a missing
	 * value is reported before the first statement runs.
	 * @param values the placeholder values
	 * @return the statements
	 */
	public List<String> statements(Map<String, String> values) {
		SqlBody body = fromFile();
		if (body != null) {
			return body.statements(values);
		}
		List<String> written = statements();
		Substitution fill = this.substitution;
		if (fill == null) {
			return written;
		}
		return written.stream().map((statement) -> fill.apply(statement, values)).toList();
	}

	/**
	 * A body split on first use that remembers the section it was cut from, so tools such as
	 * {@link dev.retort.core.lint.Linter} can give each statement its line in the file.
	 * @param splitter splits the section, as for {@link #deferred(Supplier)}
	 * @param source the section's text and the line of the file it starts on
	 * @return the body
	 */
	public static SqlBody deferred(Supplier<List<String>> splitter, SourceText source) {
		return deferred(splitter, null, source);
	}

	/**
	 * A body split on first use that remembers its section and, when the file opts in to
	 * placeholders, fills them as {@link #deferred(Supplier, Substitution)} does.
	 * @param splitter splits the section
	 * @param substitution fills one statement's placeholders, or {@code null} when the file does
	 * not opt in
	 * @param source the section's text and the line of the file it starts on
	 * @return the body
	 */
	public static SqlBody deferred(Supplier<List<String>> splitter, @Nullable Substitution substitution,
			SourceText source) {
		return new SqlBody(Objects.requireNonNull(splitter, "'splitter' must not be null"), substitution,
				Objects.requireNonNull(source, "'source' must not be null"));
	}

	/**
	 * The section of the revision file this body was cut from.
	 * @return the section, or empty for a body built from statements
	 */
	public Optional<SourceText> source() {
		SqlBody body = fromFile();
		if (body != null) {
			return body.source();
		}
		return Optional.ofNullable(this.source);
	}

	/**
	 * The statements, split now if not yet.
	 * @return the statements without delimiters
	 */
	public List<String> statements() {
		SqlBody body = fromFile();
		if (body != null) {
			return body.statements();
		}
		List<String> split = this.statements;
		if (split == null) {
			synchronized (this) {
				split = this.statements;
				if (split == null) {
					split = List.copyOf(Objects.requireNonNull(this.splitter).get());
					this.statements = split;
					this.splitter = null;
				}
			}
		}
		return split;
	}

	@Override
	public void apply(StatementSink sink) throws SQLException {
		for (String statement : statements(sink.placeholders())) {
			sink.execute(statement);
		}
	}

	/**
	 * Fills the {@code ${name}} placeholders of one statement.
	 *
	 * @since 0.1.0
	 */
	@FunctionalInterface
	public interface Substitution {

		/**
		 * @param statement the statement as written
		 * @param values the placeholder values
		 * @return the statement to run
		 */
		String apply(String statement, Map<String, String> values);

	}

	/**
	 * The text of one section of a revision file.
	 * @param text the section, from the line after its marker to the next marker or the end
	 * @param firstLine the line number (from 1) of the section's first line in the file
	 * @since 0.1.0
	 */
	public record SourceText(String text, int firstLine) {

		public SourceText {
			Objects.requireNonNull(text, "'text' must not be null");
		}

	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof SqlBody body && statements().equals(body.statements()));
	}

	@Override
	public int hashCode() {
		return statements().hashCode();
	}

	@Override
	public String toString() {
		return "SqlBody[statements=" + statements() + "]";
	}

}
