package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the benchmarks run on. Every run gets a database of its own: a fresh PostgreSQL
 * database (created from the admin URL, dropped afterwards) or a uniquely named in-memory H2 one.
 *
 * @since 0.1.0
 */
public enum Database {

	/** H2 in memory, embedded in the benchmark JVM. */
	H2,
	/** PostgreSQL at {@code RETORT_PG_URL} (default the local service). */
	POSTGRESQL;

	private static final AtomicInteger sequence = new AtomicInteger();

	/**
	 * @return the name used in results and tables
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Create an empty database for one run.
	 * @param tag a short tag for the database name
	 * @return the database; close it to drop it
	 * @throws SQLException when the server refuses
	 */
	public FreshDatabase create(String tag) throws SQLException {
		String name = "retort_bench_" + tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
				+ ProcessHandle.current().pid() + "_" + sequence.incrementAndGet();
		if (this == H2) {
			return new FreshDatabase(this, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", name);
		}
		String admin = Settings.pgUrl();
		try (Connection connection = DriverManager.getConnection(admin, Settings.pgUser(), Settings.pgPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			if (!Settings.pgSynchronousCommit()) {
				// the disk's fsync latency varies from run to run on shared machines and would drown the tools'
				// own costs; every tool commits the same way, so the comparison stays fair
				statement.execute("ALTER DATABASE " + name + " SET synchronous_commit TO off");
			}
		}
		int slash = admin.lastIndexOf('/');
		int query = admin.indexOf('?', slash);
		String url = admin.substring(0, slash + 1) + name + ((query < 0) ? "" : admin.substring(query));
		return new FreshDatabase(this, url, Settings.pgUser(), Settings.pgPassword(), name);
	}

	/**
	 * Whether the database can be reached (always true for H2).
	 * @return empty when reachable, else why not
	 */
	public String unavailable() {
		if (this == H2) {
			return "";
		}
		try (Connection connection = DriverManager.getConnection(Settings.pgUrl(), Settings.pgUser(),
				Settings.pgPassword())) {
			return connection.isValid(3) ? "" : "connection not valid";
		}
		catch (SQLException ex) {
			return "PostgreSQL is not reachable at " + Settings.pgUrl() + ": " + ex.getMessage()
					+ " (start it, or set RETORT_PG_URL, RETORT_PG_USER and RETORT_PG_PASSWORD)";
		}
	}

	void kill(FreshDatabase database) throws SQLException {
		if (this == H2) {
			try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
					database.password()); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN IMMEDIATELY");
			}
			return;
		}
		try (Connection connection = DriverManager.getConnection(Settings.pgUrl(), Settings.pgUser(),
				Settings.pgPassword()); Statement statement = connection.createStatement()) {
			// a fresh connection from the pool would reconnect; keep the database from accepting any
			statement.execute("ALTER DATABASE " + database.name() + " WITH ALLOW_CONNECTIONS false");
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
					+ database.name() + "'");
		}
	}

	/**
	 * Drop a database made by {@link #create(String)}.
	 * @param database the database
	 * @throws SQLException when the server refuses
	 */
	void drop(FreshDatabase database) throws SQLException {
		if (this == H2) {
			try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
					database.password()); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			return;
		}
		try (Connection connection = DriverManager.getConnection(Settings.pgUrl(), Settings.pgUser(),
				Settings.pgPassword()); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
		}
	}

}
