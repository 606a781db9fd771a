package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.Assert;

import dev.retort.core.api.PasswordMask;

/**
 * The connection behind {@code migrate.url}: a {@link SimpleDriverDataSource} that keeps the
 * password out of logs and exceptions. Spring's class logs the URL at debug level, and a URL may
 * carry a password ({@code ?password=}, {@code //user:password@host}); drivers quote pieces of a URL
 * they cannot parse in their messages ("Incorrect port value : secret@host"), which Boot then logs
 * with the startup failure.
 */
final class MaskingDriverDataSource extends SimpleDriverDataSource {

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
			throw PasswordMask.of(List.of(url), props.getProperty("password")).maskFailure(ex);
		}
	}

}
