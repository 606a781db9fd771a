package dev.retort.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup failures a new user meets first get Boot's Description and Action report, not a
 * bare stack trace (issue 17, item 5).
 */
class RetortStartupFailureTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class));

	@Test
	void runWhenUrlUnreachableShouldExplainDatabaseError() {
		this.contextRunner.withPropertyValues("migrate.url=jdbc:postgresql://127.0.0.1:1/app", "migrate.user=app")
			.run((context) -> assertAnalysis(context, ErrorCode.DATABASE_ERROR, "Connection to 127.0.0.1:1 refused",
					"Check that the database is running and reachable"));
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void runWhenDatabaseMissingShouldExplainCreatingIt(TestDatabase database) {
		String url = database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/retort_no_such_database$1");
		this.contextRunner.withPropertyValues("migrate.url=" + url, "migrate.user=" + database.user())
			.run((context) -> assertAnalysis(context, ErrorCode.DATABASE_ERROR,
					"database \"retort_no_such_database\" does not exist", "exists (create it first)"));
	}

	@Test
	void runWhenUrlSchemeMistypedShouldNameTheLikelyFix() {
		this.contextRunner.withPropertyValues("migrate.url=jdbc:postgres://127.0.0.1:5432/app")
			.run((context) -> assertAnalysis(context, ErrorCode.INVALID_CONFIGURATION,
					"did you mean jdbc:postgresql://127.0.0.1:5432/app?", "migrate.*"));
	}

	@Test
	void runWhenDownRevisionUnknownShouldNameTheRevisionAndTheFix() {
		this.contextRunner
			.withPropertyValues("migrate.url=" + RetortAutoConfigurationTests.uniqueH2Url(),
					"migrate.locations=classpath:db/orphan")
			.run((context) -> assertAnalysis(context, ErrorCode.UNKNOWN_DOWN_REVISION, "000000000000",
					"'down_revision:' header"));
	}

	private static void assertAnalysis(AssertableApplicationContext context, ErrorCode code, String description,
			String action) {
		assertThat(context).hasFailed();
		RetortException failure = RetortStartupReportsTests.retortFailure(context.getStartupFailure());
		assertThat(failure.code()).isEqualTo(code);
		FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(description);
		assertThat(analysis.getAction()).contains(action);
	}

}
