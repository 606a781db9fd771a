package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Configuration precedence of DESIGN §4: options, environment, --config, retort.properties, application files. */
class SettingsResolverTests {

	@TempDir
	Path project;

	private Settings resolve(Map<String, String> env, GlobalOptions options) {
		return new SettingsResolver(env, this.project).resolve(options);
	}

	private void write(String path, String text) throws IOException {
		Path file = this.project.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	@Test
	void defaultsWithoutAnyConfiguration() {
		Settings settings = resolve(Map.of(), new GlobalOptions());
		assertThat(settings.url()).isEmpty();
		assertThat(settings.locations()).containsExactly("classpath:db/revisions");
	}

	@Test
	void applicationYamlIsRead() throws IOException {
		write("src/main/resources/application.yml",
				"migrate:\n  url: jdbc:h2:mem:yaml\n  locations:\n    - classpath:a\n    - filesystem:b\n  version-table: v\n");
		Settings settings = resolve(Map.of(), new GlobalOptions());
		assertThat(settings.url()).contains("jdbc:h2:mem:yaml");
		assertThat(settings.locations()).containsExactly("classpath:a", "filesystem:b");
		assertThat(settings.versionTable()).contains("v");
	}

	@Test
	void springDatasourceIsTheFallback() throws IOException {
		write("src/main/resources/application.properties",
				"spring.datasource.url=jdbc:h2:mem:boot\nspring.datasource.username=sa\n");
		Settings settings = resolve(Map.of(), new GlobalOptions());
		assertThat(settings.url()).contains("jdbc:h2:mem:boot");
		assertThat(settings.user()).contains("sa");
		write("src/main/resources/application.properties",
				"spring.datasource.url=jdbc:h2:mem:boot\nmigrate.url=jdbc:h2:mem:migrate\n");
		assertThat(resolve(Map.of(), new GlobalOptions()).url()).contains("jdbc:h2:mem:migrate");
	}

	@Test
	void placeholdersResolveFromEnvironment() throws IOException {
		write("src/main/resources/application.properties",
				"migrate.url=${DB_URL:jdbc:h2:mem:default}\nmigrate.password=${DB_PASSWORD}\n");
		assertThat(resolve(Map.of(), new GlobalOptions()).url()).contains("jdbc:h2:mem:default");
		Settings settings = resolve(Map.of("DB_URL", "jdbc:h2:mem:env", "DB_PASSWORD", "pw"), new GlobalOptions());
		assertThat(settings.url()).contains("jdbc:h2:mem:env");
		assertThat(settings.password()).contains("pw");
	}

	@Test
	void precedenceIsOptionThenEnvThenConfigThenRetortPropertiesThenApplication() throws IOException {
		write("src/main/resources/application.properties", "migrate.url=app\nmigrate.schema=app\n");
		write("retort.properties", "migrate.url=retort\nmigrate.schema=retort\nmigrate.history-table=retort\n");
		write("conf/prod.properties", "migrate.url=config\nmigrate.historyTable=config\n");
		GlobalOptions options = new GlobalOptions();
		assertThat(resolve(Map.of(), options).url()).contains("retort");
		options.config = "conf/prod.properties";
		Settings withConfig = resolve(Map.of(), options);
		assertThat(withConfig.url()).contains("config");
		assertThat(withConfig.historyTable()).contains("config");
		assertThat(withConfig.schema()).contains("retort");
		assertThat(resolve(Map.of("MIGRATE_URL", "env"), options).url()).contains("env");
		options.url = "option";
		Settings all = resolve(Map.of("MIGRATE_URL", "env"), options);
		assertThat(all.url()).contains("option");
		assertThat(all.origin()).isEqualTo("--url");
	}

	@Test
	void missingConfigFileIsAnError() {
		GlobalOptions options = new GlobalOptions();
		options.config = "nope.properties";
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> resolve(Map.of(), options))
			.withMessageContaining("nope.properties");
	}

	@Test
	void durationsAcceptBootAndIsoForms() {
		assertThat(SettingsResolver.parseDuration("30s", "x")).isEqualTo(Duration.ofSeconds(30));
		assertThat(SettingsResolver.parseDuration("2m", "x")).isEqualTo(Duration.ofMinutes(2));
		assertThat(SettingsResolver.parseDuration("500ms", "x")).isEqualTo(Duration.ofMillis(500));
		assertThat(SettingsResolver.parseDuration("PT1M", "x")).isEqualTo(Duration.ofMinutes(1));
		assertThat(SettingsResolver.parseDuration("45", "x")).isEqualTo(Duration.ofSeconds(45));
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> SettingsResolver.parseDuration("soon", "lock-timeout"))
			.withMessageContaining("lock-timeout");
	}

	@Test
	void relaxedKeys() {
		assertThat(List.of("migrate.versionTable", "migrate.version_table", "migrate.version-table"))
			.allSatisfy((key) -> assertThat(SettingsResolver.canonicalKey(key)).isEqualTo("migrate.version-table"));
	}

}
