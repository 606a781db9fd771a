package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.Assert;

/**
 * The connection behind {@code migrate.url}: a {@link SimpleDriverDataSource} that keeps the
 * password out of logs and exceptions. Spring's class logs the URL at debug level, and a URL may
 * carry a password ({@code ?password=}, {@code //user:password@host}); drivers quote pieces of a URL
 * they cannot parse in their messages ("Incorrect port value : secret@host"), which Boot then logs
 * with the startup failure.
 */
final class MaskingDriverDataSource extends SimpleDriverDataSource {

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;\\s]*)");

	private static final Pattern USERINFO_PASSWORD = Pattern.compile("//[^:/@\\s]+:([^@/\\s]+)@");

	@Override
	protected Connection getConnectionFromDriver(Properties props) throws SQLException {
		Driver driver = getDriver();
		String url = getUrl();
		Assert.state(driver != null, "No Driver set");
		Assert.state(url != null, "No URL set");
		try {
			return driver.connect(url, props);
		}
		catch (SQLException | RuntimeException ex) {
			throw masked(ex, secrets(url, props.getProperty("password")));
		}
	}

	/** A copy of the failure whose message and causes' messages no longer hold the secrets; no cause attached. */
	private static SQLException masked(Exception ex, List<String> secrets) {
		StringBuilder message = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			message.append(" (caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage())
				.append(')');
		}
		String text = message.toString();
		for (String secret : secrets) {
			text = text.replace(secret, "****");
		}
		SQLException copy = (ex instanceof SQLException sql) ? new SQLException(text, sql.getSQLState(), sql.getErrorCode())
				: new SQLException(text);
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private static List<String> secrets(String url, @Nullable String password) {
		List<String> secrets = new ArrayList<>();
		if (password != null && !password.isEmpty()) {
			secrets.add(password);
		}
		Matcher parameter = URL_PASSWORD.matcher(url);
		while (parameter.find()) {
			if (!parameter.group(1).isEmpty()) {
				secrets.add(parameter.group(1));
			}
		}
		Matcher userInfo = USERINFO_PASSWORD.matcher(url);
		if (userInfo.find()) {
			secrets.add(userInfo.group(1));
		}
		return secrets;
	}

}
