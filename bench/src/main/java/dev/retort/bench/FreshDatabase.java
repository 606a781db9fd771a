package dev.retort.bench;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One run's database. {@link #pool()} gives a small Hikari pool, as a Boot application has, so
 * that no tool pays for opening connections inside a measurement; closing drops the database.
 *
 * @param kind the database kind
 * @param url its JDBC URL
 * @param user the user
 * @param password the password
 * @param name the database name
 * @since 0.1.0
 */
public record FreshDatabase(Database kind, String url, String user, String password, String name)
		implements AutoCloseable {

	/**
	 * A pool of up to four connections, already holding two open ones.
	 * @return the pool; close it before closing the database
	 * @throws SQLException when connecting fails
	 */
	public HikariDataSource pool() throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(this.url);
		config.setUsername(this.user);
		config.setPassword(this.password);
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(2);
		config.setPoolName(this.name);
		HikariDataSource pool = new HikariDataSource(config);
		try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
			first.isValid(1);
			second.isValid(1);
		}
		return pool;
	}

	/**
	 * Cut every session of the database, so that a run past its time limit fails at its next statement.
	 * @throws SQLException when the server refuses
	 */
	void kill() throws SQLException {
		this.kind.kill(this);
	}

	@Override
	public void close() throws SQLException {
		this.kind.drop(this);
	}

}
