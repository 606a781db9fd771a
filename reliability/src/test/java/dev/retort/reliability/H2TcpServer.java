package dev.retort.reliability;

import java.sql.SQLException;

import org.h2.tools.Server;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/**
 * Makes a test's in-memory H2 database reachable from other JVMs: an H2 TCP server in the test
 * JVM, on an ephemeral port, serving that database. The database lives in the test JVM, as a
 * PostgreSQL or MariaDB server lives in its own process: a child JVM killed with {@code kill -9}
 * only drops its connections (the server rolls back their open transactions and frees their row
 * locks), and the test reads the same database in process, without the server.
 */
final class H2TcpServer implements AutoCloseable {

	private final Server server;

	private final String database;

	private H2TcpServer(Server server, String database) {
		this.server = server;
		this.database = database;
	}

	/**
	 * @param db an H2 test database, already created (it is kept open by {@code DB_CLOSE_DELAY=-1})
	 * @return a started server that serves existing databases only, on local connections only
	 */
	static H2TcpServer serving(TestDatabase db) throws SQLException {
		if (db.kind() != DatabaseKind.H2 || !db.jdbcUrl().startsWith("jdbc:h2:mem:")) {
			throw new IllegalArgumentException("Not an in-memory H2 test database: " + db.jdbcUrl());
		}
		String name = db.jdbcUrl().substring("jdbc:h2:mem:".length()).split(";", 2)[0];
		return new H2TcpServer(Server.createTcpServer("-tcpPort", "0", "-ifExists").start(), name);
	}

	/**
	 * @param settings H2 session settings for the URL, each starting with {@code ;}, or empty
	 * @return the URL other JVMs connect with
	 */
	String url(String settings) {
		return "jdbc:h2:tcp://127.0.0.1:" + this.server.getPort() + "/mem:" + this.database + settings;
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
