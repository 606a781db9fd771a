package dev.retort.boot.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.retort.cli.CliIo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetortCommandRunner}: {@code java -jar app.jar migrate <command>} against the
 * application's own engine configuration.
 */
class RetortCommandRunnerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.auto-run=false",
				"migrate.on-pending=ignore");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void runWhenCommandShouldRunItWithApplicationConfiguration() {
		this.contextRunner.withPropertyValues("migrate.version-table=app_version").run((context) -> {
			RetortCommandRunner runner = runner(context.getBean(RetortBuilderFactory.class));
			assertThat(runner.run(new String[] { "migrate", "upgrade", "1975ea83b712" })).isZero();
			assertThat(runner.run(new String[] { "--spring.profiles.active=x", "migrate", "current" })).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("1975ea83b712");
			assertThat(RetortAutoConfigurationTests.tableExists(context.getBean(javax.sql.DataSource.class),
					"app_version"))
				.isTrue();
		});
	}

	@Test
	void runWhenCommandFailsShouldReportItsStatus() {
		this.contextRunner.run((context) -> {
			RetortCommandRunner runner = runner(context.getBean(RetortBuilderFactory.class));
			assertThat(runner.run(new String[] { "migrate", "upgrade", "nonexistent" })).isNotZero();
			assertThat(this.err.toString(StandardCharsets.UTF_8))
				.contains("FAILED: Can't locate revision identified by 'nonexistent'");
		});
	}

	@Test
	void runWhenNotCommandShouldDoNothing() {
		this.contextRunner.run((context) -> {
			RetortCommandRunner runner = runner(context.getBean(RetortBuilderFactory.class));
			assertThat(runner.run(new String[] { "--server.port=0" })).isZero();
			assertThat(this.out.size() + this.err.size()).isZero();
		});
	}

	private RetortCommandRunner runner(RetortBuilderFactory builders) {
		return new RetortCommandRunner(builders, new CliIo(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), Map.of(), Path.of("target")));
	}

}
