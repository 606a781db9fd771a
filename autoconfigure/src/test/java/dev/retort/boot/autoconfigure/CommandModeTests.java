package dev.retort.boot.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommandMode}.
 */
class CommandModeTests {

	@Test
	void isCommandWhenFirstArgumentIsMigrate() {
		assertThat(CommandMode.isCommand(new String[] { "migrate", "current" })).isTrue();
		assertThat(CommandMode.isCommand(new String[] { "--server.port=0", "migrate" })).isFalse();
		assertThat(CommandMode.isCommand(new String[0])).isFalse();
	}

	@Test
	void cliArgumentsDropMigrateAndSpringProperties() {
		String[] args = { "migrate", "--spring.profiles.active=postgres", "history", "-r", "base:heads",
				"--version-table=v", "--logging.level.root=info", "--json" };
		assertThat(CommandMode.cliArguments(args)).containsExactly("history", "-r", "base:heads", "--version-table=v",
				"--json");
	}

}
