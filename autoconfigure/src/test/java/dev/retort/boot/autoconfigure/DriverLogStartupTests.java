package dev.retort.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real Boot start (Boot's logging system, the application's own logging) with a wrong password:
 * Retort's failure report says what is wrong, and no driver log line comes before it (issue 17,
 * item 8).
 */
@ExtendWith(OutputCaptureExtension.class)
class DriverLogStartupTests {

	@DatabaseTest(DatabaseKind.MARIADB)
	void wrongMariaDbPasswordGivesRetortsReportWithoutDriverWarning(TestDatabase database, CapturedOutput output) {
		start(database.jdbcUrl(), database.user(), "wrong-password");
		assertThat(output).contains("APPLICATION FAILED TO START", "Access denied for user");
		assertThat(warnings(output)).noneMatch((line) -> line.contains("o.m.jdbc") || line.contains("org.mariadb"));
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void driverLogLevelTheApplicationSetIsKept(TestDatabase database, CapturedOutput output) {
		start(database.jdbcUrl(), database.user(), "wrong-password", "--logging.level.org.mariadb.jdbc=warn");
		assertThat(warnings(output)).anyMatch((line) -> line.contains("o.m.jdbc.message.server.ErrorPacket"));
		assertThat(output).contains("APPLICATION FAILED TO START");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void wrongPostgresqlLoginGivesRetortsReportWithoutDriverWarning(TestDatabase database, CapturedOutput output) {
		// the local server trusts every password; an unknown role fails at the same step
		start(database.jdbcUrl(), "retort_no_such_role", "wrong-password");
		assertThat(output).contains("APPLICATION FAILED TO START", "role \"retort_no_such_role\" does not exist");
		assertThat(warnings(output)).noneMatch((line) -> line.contains("o.postgresql") || line.contains("org.postgresql"));
	}

	@AfterEach
	void forgetLevels() {
		// logback's levels outlive a failed start; the next test starts from the configuration again
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		List.of("org.mariadb.jdbc", QuietConnectDataSource.DRIVER_LOGGERS.get(0))
			.forEach((name) -> logging.setLogLevel(name, null));
	}

	/** The WARN and ERROR lines of the application's log. */
	private static List<String> warnings(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> line.matches("\\S+\\s+(WARN|ERROR) .*")).toList();
	}

	private static void start(String url, String user, String password, String... more) {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
		args.addAll(List.of(more));
		assertThatException().isThrownBy(() -> application.run(args.toArray(String[]::new)));
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, RetortAutoConfiguration.class })
	static class App {

	}

}
