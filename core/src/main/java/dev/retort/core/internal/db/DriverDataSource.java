package dev.retort.core.internal.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A data source for a bare JDBC URL: each connection comes from {@link DriverManager} and is
 * closed after the command. The password is never part of {@link #toString()} nor of messages.
 *
 * @since 0.1.0
 */
public final class DriverDataSource implements DataSource {

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;\\s]*)");

	private static final Pattern USERINFO_PASSWORD = Pattern.compile("//[^:/@\\s]+:([^@/\\s]+)@");

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
				throw new SQLException(mask("No JDBC driver on the class path accepts " + this.url
						+ "; add the driver of your database"), ex.getSQLState());
			}
			throw masked(ex);
		}
	}

	/**
	 * Drivers quote pieces of a URL they cannot parse ("Incorrect port value : secret@host", an
	 * unknown host "user:secret@host"): the failure is copied with the password masked in its
	 * message and its causes' messages, and without the causes themselves.
	 */
	private SQLException masked(SQLException ex) {
		List<String> secrets = secrets();
		StringBuilder message = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			message.append(" (caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage())
				.append(')');
		}
		String text = message.toString();
		if (secrets.stream().noneMatch(text::contains)) {
			return ex;
		}
		SQLException copy = new SQLException(mask(text), ex.getSQLState(), ex.getErrorCode());
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private String mask(String text) {
		String masked = text;
		for (String secret : secrets()) {
			masked = masked.replace(secret, "******");
		}
		return masked;
	}

	/** The password and any password inside the URL ({@code password=}, {@code //user:password@}). */
	private List<String> secrets() {
		List<String> secrets = new ArrayList<>();
		String password = this.properties.getProperty("password");
		if (password != null && !password.isEmpty()) {
			secrets.add(password);
		}
		Matcher parameter = URL_PASSWORD.matcher(this.url);
		while (parameter.find()) {
			if (!parameter.group(1).isEmpty()) {
				secrets.add(parameter.group(1));
			}
		}
		Matcher userInfo = USERINFO_PASSWORD.matcher(this.url);
		if (userInfo.find()) {
			secrets.add(userInfo.group(1));
		}
		return secrets;
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
		String url = mask(this.url);
		return "DriverDataSource[" + url + ", user=" + this.properties.getProperty("user") + "]";
	}

}
