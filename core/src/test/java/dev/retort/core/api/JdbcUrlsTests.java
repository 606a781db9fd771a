package dev.retort.core.api;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.retort.core.internal.db.DriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link JdbcUrls}: a mistyped scheme names the likely fix instead of a missing driver
 * (issue 17, item 8).
 */
class JdbcUrlsTests {

	@ParameterizedTest
	@CsvSource({ "jdbc:postgres://db:5432/app, jdbc:postgresql://db:5432/app",
			"jdbc:pg://db/app, jdbc:postgresql://db/app", "jdbc:maria://db/app, jdbc:mariadb://db/app",
			"postgresql://db/app, jdbc:postgresql://db/app", "postgres://db/app, jdbc:postgresql://db/app" })
	void mistypedSchemesAreCorrected(String url, String meant) {
		assertThat(JdbcUrls.corrected(url)).contains(meant);
		assertThat(JdbcUrls.advice(url)).isEqualTo("did you mean " + meant + "?");
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:postgresql://db/app", "jdbc:mariadb://db/app", "jdbc:h2:mem:x", "jdbc:oracle:thin:@db:1521:x" })
	void correctSchemesAreLeftAlone(String url) {
		assertThat(JdbcUrls.corrected(url)).isEmpty();
	}

	@Test
	void connectingWithAMistypedSchemeSaysWhatWasMeant() {
		DriverDataSource dataSource = new DriverDataSource("jdbc:postgres://127.0.0.1:5432/app", "app", "secret");
		SQLException failure = catchThrowableOfType(SQLException.class, dataSource::getConnection);
		assertThat((Throwable) failure).hasMessage("No JDBC driver on the class path accepts"
				+ " jdbc:postgres://127.0.0.1:5432/app; did you mean jdbc:postgresql://127.0.0.1:5432/app?");
	}

}
