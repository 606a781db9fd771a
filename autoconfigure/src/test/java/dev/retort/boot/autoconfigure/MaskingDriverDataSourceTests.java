package dev.retort.boot.autoconfigure;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.jdbc.DataSourceBuilder;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code migrate.url} DataSource: drivers quote the pieces of a URL they cannot parse, and
 * Boot logs a startup failure with its whole cause chain; the password must not be in it.
 */
class MaskingDriverDataSourceTests {

	private static final String SECRET = "s3cr3t-Pl4nted";

	/** Issue 17, item 6: a short password is not masked inside the words of the driver's message. */
	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void shortPasswordsLeaveTheMessageReadable(TestDatabase database) {
		for (String password : new String[] { "t", "no", "not", "role" }) {
			MaskingDriverDataSource dataSource = DataSourceBuilder.create()
				.type(MaskingDriverDataSource.class)
				.url(database.jdbcUrl())
				.username("nobody")
				.password(password)
				.build();
			SQLException failure = catchThrowableOfType(SQLException.class, dataSource::getConnection);
			assertThat((Throwable) failure).hasMessageStartingWith("FATAL: role \"nobody\" does not exist")
				.hasMessageNotContaining("****");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:3306/x",
			"jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/x",
			"jdbc:postgresql://127.0.0.1:1/x?user=postgres&password=" + SECRET })
	void connectionFailuresDoNotCarryThePassword(String url) {
		MaskingDriverDataSource dataSource = DataSourceBuilder.create()
			.type(MaskingDriverDataSource.class)
			.url(url)
			.username("root")
			.password(SECRET)
			.build();
		SQLException failure = catchThrowableOfType(SQLException.class, dataSource::getConnection);
		assertThat((Throwable) failure).isNotNull();
		for (Throwable each = failure; each != null; each = each.getCause()) {
			assertThat(String.valueOf(each.getMessage())).doesNotContain(SECRET);
		}
	}

}
