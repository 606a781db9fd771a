package dev.retort.test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database that exists for one test and is dropped by {@link #close()}.
 *
 * <p>Tests usually receive one from {@link DatabaseTest @DatabaseTest}; code that picks the kind
 * itself (for example a {@code @ParameterizedTest @EnumSource(DatabaseKind.class)}) calls
 * {@link #create(DatabaseKind)} in a try-with-resources block.
 *
 * <p>PostgreSQL and MariaDB come from the local service (environment variables
 * {@code RETORT_PG_URL}/{@code _USER}/{@code _PASSWORD} and {@code RETORT_MARIADB_URL}/...,
 * defaulting to 127.0.0.1 with {@code postgres} and {@code root}), else from a Testcontainers
 * container. When neither is available the test fails if {@code CI=true} and is aborted
 * otherwise.
 *
 * @since 0.1.0
 */
public final class TestDatabase implements AutoCloseable {

	private static final SecureRandom random = new SecureRandom();

	private final DatabaseKind kind;

	private final DatabaseServer server;

	private final String name;

	private final String jdbcUrl;

	private final DataSource dataSource;

	private boolean closed;

	private final java.util.List<String> tenantDatabases = new java.util.concurrent.CopyOnWriteArrayList<>();

	private TestDatabase(DatabaseKind kind, DatabaseServer server, String name, String jdbcUrl) {
		this.kind = kind;
		this.server = server;
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.dataSource = dataSource(kind, jdbcUrl, server.user(), server.password());
	}

	/**
	 * The driver's own pool-less data source: every call opens a new connection, so a test that
	 * closes its connections leaves nothing open behind it.
	 */
	private static DataSource dataSource(DatabaseKind kind, String url, String user, String password) {
		return switch (kind) {
			case H2 -> {
				org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
				h2.setURL(url);
				h2.setUser(user);
				h2.setPassword(password);
				yield h2;
			}
			case POSTGRESQL -> {
				org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
				postgres.setURL(url);
				postgres.setUser(user);
				postgres.setPassword(password);
				yield postgres;
			}
			case MARIADB -> {
				try {
					org.mariadb.jdbc.MariaDbDataSource mariadb = new org.mariadb.jdbc.MariaDbDataSource(url);
					mariadb.setUser(user);
					mariadb.setPassword(password);
					yield mariadb;
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Bad MariaDB URL " + url, ex);
				}
			}
		};
	}

	/**
	 * Create a fresh database of the given kind.
	 * @param kind the kind
	 * @return the database; close it to drop it
	 */
	public static TestDatabase create(DatabaseKind kind) {
		Objects.requireNonNull(kind, "'kind' must not be null");
		DatabaseServer server = DatabaseServer.of(kind);
		String unavailable = server.unavailable();
		if (unavailable != null) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail("CI=true requires every database: " + unavailable);
			}
			Assumptions.abort(unavailable);
		}
		String name = "retort_t_" + HexFormat.of().formatHex(random.generateSeed(6));
		if (kind == DatabaseKind.H2) {
			return new TestDatabase(kind, server, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		}
		admin(server, "CREATE DATABASE " + name);
		return new TestDatabase(kind, server, name, server.urlFor(name));
	}

	/**
	 * @return the kind of database
	 */
	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * @return the JDBC URL of this database
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * @return the user
	 */
	public String user() {
		return this.server.user();
	}

	/**
	 * @return the password (empty for the local services' defaults)
	 */
	public String password() {
		return this.server.password();
	}

	/**
	 * A data source without a pool: each call opens a new connection.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * The schema tables land in by default: {@code public} on PostgreSQL, the database itself on
	 * MariaDB, {@code PUBLIC} on H2.
	 * @return the schema name
	 */
	public String schema() {
		return switch (this.kind) {
			case H2 -> "PUBLIC";
			case POSTGRESQL -> "public";
			case MARIADB -> this.name;
		};
	}

	/**
	 * Create a tenant: a schema in this database (PostgreSQL, H2) or, on MariaDB, a database of its
	 * own named after this one, dropped with it.
	 * @param tenant a short name, a plain identifier
	 * @return the name to give Retort as the tenant
	 */
	public String createTenant(String tenant) {
		if (this.kind == DatabaseKind.MARIADB) {
			String database = this.name + "_" + tenant;
			admin(this.server, "CREATE DATABASE " + database);
			this.tenantDatabases.add(database);
			return database;
		}
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + tenant);
			return tenant;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create schema " + tenant + " in " + this.jdbcUrl, ex);
		}
	}

	/**
	 * A new connection to this database.
	 * @return the connection; the caller closes it
	 * @throws SQLException when the database cannot be reached
	 */
	public Connection connection() throws SQLException {
		return this.dataSource.getConnection();
	}

	/**
	 * Drop the database. Open connections to it are closed by force.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		switch (this.kind) {
			case H2 -> {
				try (Connection connection = connection(); Statement statement = connection.createStatement()) {
					statement.execute("SHUTDOWN");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Could not shut down " + this.jdbcUrl, ex);
				}
			}
			case POSTGRESQL -> admin(this.server, "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
			case MARIADB -> {
				for (String tenant : this.tenantDatabases) {
					killMariaDbSessions(tenant);
					admin(this.server, "DROP DATABASE IF EXISTS " + tenant);
				}
				killMariaDbSessions(this.name);
				admin(this.server, "DROP DATABASE IF EXISTS " + this.name);
			}
		}
	}

	/** MariaDB waits for sessions that still use the database; a test that leaked one must not hang. */
	private void killMariaDbSessions(String database) {
		try (Connection connection = adminConnection(this.server); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT id FROM information_schema.processlist WHERE db = '"
						+ database + "' AND id <> CONNECTION_ID()")) {
			var ids = new java.util.ArrayList<Long>();
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
			for (long id : ids) {
				try (Statement kill = connection.createStatement()) {
					kill.execute("KILL CONNECTION " + id);
				}
				catch (SQLException ex) {
					// the session ended on its own in the meantime
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not list sessions of " + database, ex);
		}
	}

	private static void admin(DatabaseServer server, String sql) {
		try (Connection connection = adminConnection(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + server.adminUrl(), ex);
		}
	}

	private static Connection adminConnection(DatabaseServer server) throws SQLException {
		return DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(java.util.Locale.ROOT);
	}

}
