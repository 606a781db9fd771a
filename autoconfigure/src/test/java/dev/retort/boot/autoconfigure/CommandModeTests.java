package dev.retort.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommandMode}.
 */
class CommandModeTests {

	@Test
	void isCommandWhenFirstArgumentThatIsNoOptionIsMigrate() {
		assertThat(CommandMode.isCommand(new String[] { "migrate", "current" })).isTrue();
		assertThat(CommandMode.isCommand(new String[] { "--spring.profiles.active=x", "migrate", "current" })).isTrue();
		assertThat(CommandMode.isCommand(new String[] { "--debug", "--server.port=0", "migrate" })).isTrue();
		assertThat(CommandMode.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(CommandMode.isCommand(new String[] { "serve", "migrate" })).isFalse();
		assertThat(CommandMode.isCommand(new String[0])).isFalse();
	}

	@Test
	void cliArgumentsStartAfterMigrateWhereverItStands() {
		assertThat(CommandMode.cliArguments(new String[] { "--spring.profiles.active=x", "migrate", "current", "-v" }))
			.containsExactly("current", "-v");
	}

	@Test
	void needsEntitiesOnlyForCommandsThatCompareWithThem() {
		assertThat(CommandMode.needsEntities(new String[] { "check" })).isTrue();
		assertThat(CommandMode.needsEntities(new String[] { "revision", "--autogenerate", "-m", "x" })).isTrue();
		assertThat(CommandMode.needsEntities(new String[] { "upgrade", "heads" })).isFalse();
	}

	@Test
	void cliArgumentsDropMigrateAndSpringProperties() {
		String[] args = { "migrate", "--spring.profiles.active=postgres", "history", "-r", "base:heads",
				"--version-table=v", "--logging.level.root=info", "--json" };
		assertThat(CommandMode.cliArguments(args)).containsExactly("history", "-r", "base:heads", "--version-table=v",
				"--json");
	}

}
