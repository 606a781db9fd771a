package dev.retort.core.internal.db;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Drivers quote the pieces of a URL they cannot parse; the password must not travel with them into
 * exceptions, logs or output.
 */
class DriverDataSourceTests {

	private static final String SECRET = "s3cr3t-Pl4nted";

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:mariadb://root:" + SECRET + "@127.0.0.1:3306/x",
			"jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/x",
			"jdbc:postgresql://127.0.0.1:1/x?user=postgres&password=" + SECRET,
			"jdbc:nosuchdriver://u:" + SECRET + "@host/x?password=" + SECRET })
	void failuresDoNotCarryThePassword(String url) {
		DriverDataSource dataSource = new DriverDataSource(url, "root", SECRET);
		SQLException failure = catchThrowableOfType(SQLException.class, dataSource::getConnection);
		assertThat((Throwable) failure).isNotNull();
		for (Throwable each = failure; each != null; each = each.getCause()) {
			assertThat(String.valueOf(each.getMessage())).doesNotContain(SECRET);
		}
		assertThat(dataSource.toString()).doesNotContain(SECRET);
	}

}
