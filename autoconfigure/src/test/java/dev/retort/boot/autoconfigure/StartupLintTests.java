package dev.retort.boot.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate.lint.on-startup}: the pending revisions are linted before the startup upgrade runs them. */
@ExtendWith(OutputCaptureExtension.class)
class StartupLintTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.locations=classpath:db/lint");

	@Test
	void byDefaultFindingsAreLoggedAndTheRevisionsRun(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(versions(context.getBean(DataSource.class))).containsExactly("b2");
			assertThat(output).contains("Lint found 1 risky statement(s) in the pending revisions:",
					"classpath:db/lint/b2_drop_legacy.sql:8: warning [destructive/drop-column] revision b2: dropping"
							+ " column 'legacy_code' of existing table 'accounts'",
					"fix: Stop reading and writing the column",
					"set migrate.lint.on-startup=off to skip this check")
				.doesNotContain("rename-column")
				.doesNotContain("accounts_draft");
		});
	}

	@Test
	void anApplicationsOwnStrategyIsLintedBeforeItRuns(CapturedOutput output) {
		this.contextRunner
			.withBean(MigrationStrategy.class, () -> (retort) -> retort.upgrade("heads"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(versions(context.getBean(DataSource.class))).containsExactly("b2");
				assertThat(output).contains("Lint found 1 risky statement(s) in the pending revisions:",
						"b2_drop_legacy.sql:8: warning [destructive/drop-column]");
			});
	}

	@Test
	void failRefusesToStartBeforeAnyRevisionRuns() {
		String url = "jdbc:h2:mem:lint-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner.withPropertyValues("migrate.lint.on-startup=fail", "spring.datasource.url=" + url)
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (failure != null && !(failure instanceof RetortException)) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(RetortException.class);
				RetortException retort = (RetortException) failure;
				assertThat(retort.code()).isEqualTo(ErrorCode.LINT_FINDINGS);
				assertThat(retort).hasMessageContaining("b2_drop_legacy.sql:8");
				FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getAction()).contains("retort:lint-ignore", "migrate.lint.on-startup=warn");
			});
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			assertThat(connection.getMetaData().getTables(null, null, "ACCOUNTS", null).next()).isFalse();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void onlyTheRevisionsUpToTheTargetAreLinted(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.lint.on-startup=fail", "migrate.target=a1").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(versions(context.getBean(DataSource.class))).containsExactly("a1");
			assertThat(output).doesNotContain("Lint found");
		});
	}

	@Test
	void offSkipsTheCheck(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.lint.on-startup=off").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(versions(context.getBean(DataSource.class))).containsExactly("b2");
			assertThat(output).doesNotContain("Lint found");
		});
	}

	private static List<String> versions(DataSource dataSource) throws SQLException {
		return RetortAutoConfigurationTests.versions(dataSource);
	}

}
