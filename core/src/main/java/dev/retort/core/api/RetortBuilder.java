package dev.retort.core.api;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.script.ScriptSource;

/**
 * Configures and builds a {@link Retort} engine. Not thread-safe; {@link #load()} returns an
 * immutable engine and the builder may be reused afterwards.
 *
 * SKELETON: the setters arrive with the database runtime.
 *
 * @since 0.1.0
 */
public final class RetortBuilder {

	RetortBuilder() {
	}

	/**
	 * The database to migrate; the engine borrows connections and returns them.
	 * @param dataSource the data source
	 * @return this builder
	 */
	public RetortBuilder dataSource(DataSource dataSource) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The database to migrate, by JDBC URL; a connection is opened per command and closed after it.
	 * @param url the JDBC URL
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}; never logged nor shown in messages
	 * @return this builder
	 */
	public RetortBuilder url(String url, @Nullable String user, @Nullable String password) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Revision locations ({@code classpath:db/revisions}, {@code filesystem:/dir}).
	 * @param locations the locations
	 * @return this builder
	 */
	public RetortBuilder locations(List<String> locations) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The class loader for {@code classpath:} locations.
	 * @param classLoader the class loader
	 * @return this builder
	 */
	public RetortBuilder classLoader(ClassLoader classLoader) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Replace location scanning with another source of revisions.
	 * @param scriptSource the source
	 * @return this builder
	 */
	public RetortBuilder scriptSource(ScriptSource scriptSource) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param versionTable the version table name
	 * @return this builder
	 */
	public RetortBuilder versionTable(String versionTable) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param historyTable the history table name
	 * @return this builder
	 */
	public RetortBuilder historyTable(String historyTable) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param schema the schema of Retort's tables, or {@code null} for the connection's default
	 * @return this builder
	 */
	public RetortBuilder schema(@Nullable String schema) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param validateChecksums whether {@code upgrade} refuses to run while an applied revision changed
	 * @return this builder
	 */
	public RetortBuilder validateChecksums(boolean validateChecksums) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param lockTimeout how long to wait for another process's migration lock
	 * @return this builder
	 */
	public RetortBuilder lockTimeout(Duration lockTimeout) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}, for offline SQL without a connection
	 * @return this builder
	 */
	public RetortBuilder dialect(@Nullable String dialect) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param listener hears progress; replaces any earlier listener
	 * @return this builder
	 */
	public RetortBuilder listener(MigrationListener listener) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Validate the settings and build the engine. Revisions are read lazily, on first use.
	 * @return the engine
	 * @throws RetortException with {@code INVALID_CONFIGURATION} naming the setting and the fix
	 */
	public Retort load() {
		throw new UnsupportedOperationException("not yet");
	}

}
