package dev.retort.core.internal.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.JdbcUrls;
import dev.retort.core.api.PasswordMask;

/**
 * A data source for a bare JDBC URL: each connection comes from {@link DriverManager} and is
 * closed after the command. The password is never part of {@link #toString()} nor of messages.
 *
 * @since 0.1.0
 */
public final class DriverDataSource implements DataSource {

	private final String url;

	private final Properties properties = new Properties();

	/**
	 * @param url the JDBC URL
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}
	 */
	public DriverDataSource(String url, @Nullable String user, @Nullable String password) {
		this.url = url;
		if (user != null) {
			this.properties.setProperty("user", user);
		}
		if (password != null) {
			this.properties.setProperty("password", password);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return DriverManager.getConnection(this.url, this.properties);
		}
		catch (SQLException ex) {
			if ("08001".equals(ex.getSQLState()) && ex.getMessage() != null && ex.getMessage().startsWith("No suitable driver")) {
				throw new SQLException(mask().mask("No JDBC driver on the class path accepts " + this.url + "; "
						+ JdbcUrls.advice(this.url)), ex.getSQLState());
			}
			// drivers quote pieces of a URL they cannot parse ("Incorrect port value : secret@host")
			throw mask().maskFailure(ex);
		}
	}

	private PasswordMask mask() {
		return PasswordMask.of(List.of(this.url), this.properties.getProperty("password"));
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return DriverManager.getConnection(this.url, username, password);
	}

	@Override
	public @Nullable PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(@Nullable PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper for " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

	@Override
	public String toString() {
		// a URL may carry a password parameter of its own
		String url = mask().mask(this.url);
		return "DriverDataSource[" + url + ", user=" + this.properties.getProperty("user") + "]";
	}

}
