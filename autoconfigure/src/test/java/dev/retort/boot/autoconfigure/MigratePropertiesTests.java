package dev.retort.boot.autoconfigure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapperImpl;

import dev.retort.boot.autoconfigure.MigrateProperties.OnPending;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortBuilder;
import dev.retort.core.api.RetortConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateProperties}.
 */
class MigratePropertiesTests {

	@Test
	void defaultValuesAreConsistentWithEngine() {
		MigrateProperties properties = new MigrateProperties();
		RetortConfiguration engine = Retort.configure().url("jdbc:h2:mem:defaults", null, null).load().configuration();
		assertThat(properties.getLocations()).isEqualTo(engine.locations())
			.containsExactly(RetortConfiguration.DEFAULT_LOCATION);
		assertThat(properties.getVersionTable()).isEqualTo(engine.versionTable())
			.isEqualTo(RetortConfiguration.DEFAULT_VERSION_TABLE);
		assertThat(properties.getHistoryTable()).isEqualTo(engine.historyTable())
			.isEqualTo(RetortConfiguration.DEFAULT_HISTORY_TABLE);
		assertThat(properties.getLockTimeout()).isEqualTo(engine.lockTimeout())
			.isEqualTo(RetortConfiguration.DEFAULT_LOCK_TIMEOUT);
		assertThat(Optional.ofNullable(properties.getSchema())).isEqualTo(engine.schema());
		assertThat(properties.isValidateChecksums()).isEqualTo(engine.validateChecksums()).isTrue();
		assertThat(properties.isTransactionPerMigration()).isEqualTo(engine.transactionPerMigration()).isTrue();
		assertThat(properties.getPlaceholders()).isEqualTo(engine.placeholders()).isEmpty();
		assertThat(properties.getDdlLockTimeout()).isEqualTo(engine.ddlLockTimeout())
			.isEqualTo(RetortConfiguration.DEFAULT_DDL_LOCK_TIMEOUT);
	}

	@Test
	void defaultValuesOfBootOnlyProperties() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getTarget()).isEqualTo("heads");
		assertThat(properties.isAutoRun()).isTrue();
		assertThat(properties.getOnPending()).isEqualTo(OnPending.WARN);
		assertThat(properties.getUrl()).isNull();
		assertThat(properties.getUser()).isNull();
		assertThat(properties.getPassword()).isNull();
		assertThat(properties.getDriverClassName()).isNull();
		assertThat(properties.getHealth().getPendingStatus()).isEqualTo("UP");
		assertThat(properties.getOnUnknownRevisions()).isEqualTo(MigrateProperties.OnUnknownRevisions.WARN);
		assertThat(properties.getHealth().getUnknownStatus()).isEqualTo("UP");
		assertThat(properties.getHealth().getModifiedStatus()).isEqualTo("UP");
		assertThat(properties.getCommand().isMinimalContext()).isTrue();
		assertThat(properties.getLint().getOnStartup()).isEqualTo(MigrateProperties.Lint.OnStartup.WARN);
	}

	@Test
	void everyBuilderOptionIsExposedOrIgnoredWithAReason() {
		Set<String> properties = new TreeSet<>(
				Arrays.stream(new BeanWrapperImpl(new MigrateProperties()).getPropertyDescriptors())
					.map((descriptor) -> descriptor.getName())
					.toList());
		Map<String, String> ignored = Map.of(
				// migrate.url, user and password are applied as a dedicated DataSource
				"dataSource", "DataSource beans are chosen by the auto-configuration",
				"classLoader", "the application's class loader is always used",
				"scriptSource", "a RetortConfigurationCustomizer can replace location scanning",
				"dialect", "only used for offline SQL, which the application never renders",
				"listener", "the auto-configuration adds logging and every MigrationListener bean; a customizer can add more",
				"appliedBy", "the default (database user and host) suits applications; a customizer can change it",
				"xArguments", "-x belongs to one command line: 'migrate upgrade -x key=value' in command mode",
				"migrationFactory", "the auto-configuration creates Java revisions as beans; a customizer can change it");
		Set<String> options = Arrays.stream(RetortBuilder.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !method.getName().equals("load"))
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		List<String> unmapped = options.stream()
			.filter((option) -> !properties.contains(option) && !ignored.containsKey(option)
					&& !option.equals("url"))
			.toList();
		assertThat(unmapped).isEmpty();
		assertThat(properties).contains("url", "user", "password");
	}

}
