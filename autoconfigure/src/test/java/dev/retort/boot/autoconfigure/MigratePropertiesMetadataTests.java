package dev.retort.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.RetortConfiguration;
import dev.retort.core.api.TenantsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs read: every {@code migrate.*} key, with its description
 * and the engine's defaults.
 */
class MigratePropertiesMetadataTests {

	@Test
	void metadataShouldListEveryKeyWithDescription() throws IOException {
		List<Map<String, Object>> properties = JsonPath.read(metadata(), "$.properties[*]");
		assertThat(properties).extracting((property) -> property.get("name"))
			.containsExactlyInAnyOrder("migrate.enabled", "migrate.url", "migrate.user", "migrate.password",
					"migrate.driver-class-name", "migrate.locations", "migrate.target", "migrate.auto-run",
					"migrate.on-pending", "migrate.on-unknown-revisions", "migrate.version-table", "migrate.history-table", "migrate.schema",
					"migrate.validate-checksums", "migrate.lock-timeout", "migrate.health.pending-status",
					"migrate.health.unknown-status", "migrate.health.modified-status", "migrate.command.minimal-context",
					"migrate.autogenerate.exclude-tables", "migrate.autogenerate.compare-server-defaults",
					"migrate.transaction-per-migration", "migrate.placeholders", "migrate.revision.post-write-hook",
					"migrate.tenants.schemas", "migrate.tenants.schema-query", "migrate.tenants.parallelism",
					"migrate.tenants.on-failure", "migrate.tenants.fail-startup", "migrate.tenants.metrics-per-tenant",
					"migrate.lint.on-startup", "migrate.ddl-lock-timeout");
		assertThat(properties).allSatisfy((property) -> assertThat((String) property.get("description")).isNotBlank());
	}

	@Test
	void metadataDefaultsShouldBeTheEngineDefaults() throws IOException {
		String metadata = metadata();
		assertThat(defaultOf(metadata, "migrate.locations")).isEqualTo(List.of(RetortConfiguration.DEFAULT_LOCATION));
		assertThat(defaultOf(metadata, "migrate.version-table")).isEqualTo(RetortConfiguration.DEFAULT_VERSION_TABLE);
		assertThat(defaultOf(metadata, "migrate.history-table")).isEqualTo(RetortConfiguration.DEFAULT_HISTORY_TABLE);
		assertThat(defaultOf(metadata, "migrate.lock-timeout"))
			.isEqualTo(RetortConfiguration.DEFAULT_LOCK_TIMEOUT.toSeconds() + "s");
		assertThat(defaultOf(metadata, "migrate.ddl-lock-timeout"))
			.isEqualTo(RetortConfiguration.DEFAULT_DDL_LOCK_TIMEOUT.toSeconds() + "s");
		assertThat(defaultOf(metadata, "migrate.target")).isEqualTo(new MigrateProperties().getTarget());
		assertThat(defaultOf(metadata, "migrate.transaction-per-migration"))
			.isEqualTo(RetortConfiguration.DEFAULT_TRANSACTION_PER_MIGRATION);
		assertThat(defaultOf(metadata, "migrate.tenants.parallelism")).isEqualTo(TenantsBuilder.DEFAULT_PARALLELISM);
	}

	private static Object defaultOf(String metadata, String name) {
		List<Object> values = JsonPath.read(metadata, "$.properties[?(@.name == '" + name + "')].defaultValue");
		assertThat(values).as(name).hasSize(1);
		return values.get(0);
	}

	private static String metadata() throws IOException {
		try (InputStream in = MigratePropertiesMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
