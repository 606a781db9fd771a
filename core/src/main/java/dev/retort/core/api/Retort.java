package dev.retort.core.api;

import java.util.List;
import java.util.Optional;

import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.script.Script;

/**
 * The Retort engine: Alembic's commands against one database and one set of revision locations.
 * Build it with {@link #configure()}; once built it is immutable and safe to share between threads.
 * It never prints: results come back as records and progress goes to a {@link MigrationListener}.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *     .dataSource(dataSource)
 *     .locations("classpath:db/revisions")
 *     .load();
 * MigrationResult result = retort.upgrade("heads");
 * }</pre>
 *
 * SKELETON: the methods arrive with the database runtime.
 *
 * @since 0.1.0
 */
public final class Retort {

	Retort() {
	}

	/**
	 * Start configuring an engine.
	 * @return a new builder with the defaults of {@link RetortConfiguration}
	 */
	public static RetortBuilder configure() {
		return new RetortBuilder();
	}

	/**
	 * The settings this engine was built with.
	 * @return the configuration
	 */
	public RetortConfiguration configuration() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The revision graph of the configured locations, loaded once per engine.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The script of one revision.
	 * @param id the exact revision id
	 * @return the script, or empty when no revision has that id
	 */
	public Optional<Script> script(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The version table's rows; reads only, takes no lock and creates nothing.
	 * @return the current heads, empty at base
	 */
	public List<String> current() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Current heads, graph heads, pending revisions and any half-applied revision.
	 * @return the status
	 */
	public Status status() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Upgrade to a target ({@code heads}, {@code head}, an id, {@code +N}, {@code label@head}, ...).
	 * @param target the target
	 * @return what ran
	 */
	public MigrationResult upgrade(String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Downgrade to a target ({@code base}, an id, {@code -N}, {@code label@base}, ...).
	 * @param target the target
	 * @return what ran
	 */
	public MigrationResult downgrade(String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Set the version table to the targets without running any revision.
	 * @param targets the targets
	 * @param purge whether to empty the version table first
	 * @return the stamp steps
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The history table, oldest first; empty when it does not exist.
	 * @return the rows
	 */
	public List<HistoryEntry> history() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Compare the checksums recorded for applied revisions with the files now.
	 * @return the mismatches
	 */
	public ValidationResult validate() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Render an upgrade as an SQL script without touching a database, version-table statements
	 * included.
	 * @param range {@code FROM:TO}, or {@code TO} to start from base
	 * @return the script
	 */
	public String upgradeSql(String range) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Render a downgrade as an SQL script without touching a database.
	 * @param range {@code FROM:TO}; Alembic requires the starting point for an offline downgrade
	 * @return the script
	 */
	public String downgradeSql(String range) {
		throw new UnsupportedOperationException("not yet");
	}

}
