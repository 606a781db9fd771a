package dev.retort.boot.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a start says about a database it did not move: a rolled-back release meets a revision it
 * does not know (issue 17, item 3), and with {@code auto-run=false} an applied revision whose
 * file was edited (item 4).
 */
@ExtendWith(OutputCaptureExtension.class)
class RetortStartupReportsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

	private ApplicationContextRunner upgradedBy(String locations) {
		String url = RetortAutoConfigurationTests.uniqueH2Url();
		ApplicationContextRunner runner = this.contextRunner.withPropertyValues("spring.datasource.url=" + url);
		runner.withPropertyValues("migrate.locations=" + locations)
			.run((context) -> assertThat(context).hasNotFailed());
		return runner;
	}

	@Test
	void runWhenDatabaseIsAheadOfThisBuildShouldWarnNamingTheRevisionAndStart(CapturedOutput output) {
		upgradedBy("classpath:db/newer").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Retort.class).current()).containsExactly("cafe00000003");
			assertThat(output).contains("WARN")
				.contains("The database is at revision cafe00000003, which this build's revisions do not include")
				.contains("Nothing was upgraded")
				.contains("migrate.on-unknown-revisions=fail");
		});
	}

	@Test
	void runWhenDatabaseIsAheadOfThisBuildAndAutoRunOffShouldWarnToo(CapturedOutput output) {
		upgradedBy("classpath:db/newer").withPropertyValues("migrate.auto-run=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).contains("The database is at revision cafe00000003")
				.doesNotContain("is not up to date");
		});
	}

	@Test
	void runWhenDatabaseIsAheadOfThisBuildAndOnUnknownRevisionsFailShouldNotStart() {
		upgradedBy("classpath:db/newer").withPropertyValues("migrate.on-unknown-revisions=fail").run((context) -> {
			assertThat(context).hasFailed();
			RetortException failure = retortFailure(context.getStartupFailure());
			assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_REVISION);
			assertThat(failure).hasMessageContaining("cafe00000003");
			FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getAction()).contains("migrate.on-unknown-revisions=warn");
		});
	}

	@Test
	void runWhenAutoRunOffAndAppliedFileEditedShouldWarnNamingItWithBothChecksums(CapturedOutput output) {
		upgradedBy("classpath:db/revisions")
			.withPropertyValues("migrate.auto-run=false", "migrate.locations=classpath:db/edited")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("Applied revision ae1027a6acf0")
					.contains("was edited after it ran: applied sha256:")
					.contains(", file now sha256:")
					.doesNotContain("Applied revision 1975ea83b712");
			});
	}

	@Test
	void runWhenAutoRunOffAndChecksumValidationOffShouldNotWarnAboutEdits(CapturedOutput output) {
		upgradedBy("classpath:db/revisions")
			.withPropertyValues("migrate.auto-run=false", "migrate.locations=classpath:db/edited",
					"migrate.validate-checksums=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).doesNotContain("was edited after it ran");
			});
	}

	static RetortException retortFailure(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof RetortException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("a RetortException in %s", failure).isNotNull();
		return (RetortException) cause;
	}

}
