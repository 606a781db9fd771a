package dev.retort.cli;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} and {@code -h} on every subcommand print usage, options and an example, and exit 0. */
class CommandHelpTests {

	@TempDir
	Path project;

	/** Each subcommand by its own name (an alias such as list-templates answers as list_templates). */
	private static Set<String> subcommands() {
		return GlobalOptions.addSubcommands(new CommandLine(new GlobalOptions()), new String[0]).getSubcommands()
			.values()
			.stream()
			.map((command) -> command.getCommandName())
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	@Test
	void everySubcommandAnswersHelpWithUsageOptionsAndAnExample() {
		assertThat(subcommands()).contains("init", "revision", "upgrade", "downgrade", "validate");
		for (String command : subcommands()) {
			for (String option : new String[] { "--help", "-h" }) {
				CliRun run = CliRun.inProcess(this.project, command, option);
				assertThat(run.status()).as(command + " " + option + ": " + run.err()).isZero();
				assertThat(run.err()).as(command).isEmpty();
				assertThat(run.out()).as(command)
					.startsWith("Usage: retort " + command)
					.contains("-h, --help", "Show this help message and exit.")
					.containsPattern("\nExample:\n  retort .*" + command);
			}
		}
	}

	@Test
	void upgradeHelpShowsItsTargetAndOptions() {
		CliRun run = CliRun.inProcess(this.project, "upgrade", "--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("TARGET", "--sql", "Upgrade to a later version.",
				"retort --url jdbc:postgresql://localhost/app upgrade head");
	}

	@Test
	void unknownOptionStillFailsWithUsageStatusAndPointsToHelp() {
		CliRun run = CliRun.inProcess(this.project, "upgrade", "--hepl");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_USAGE);
		assertThat(run.err()).startsWith("FAILED: ").contains("see 'retort upgrade --help'");
	}

	@Test
	void subcommandsAreKnownByTheNamesAndAliasesTheirAnnotationsGive() {
		java.util.Map<String, Class<?>> declared = new java.util.TreeMap<>();
		for (Class<?> command : GlobalOptions.SUBCOMMANDS.values()) {
			CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
			declared.put(annotation.name(), command);
			for (String alias : annotation.aliases()) {
				declared.put(alias, command);
			}
		}
		assertThat(new java.util.TreeMap<>(GlobalOptions.SUBCOMMANDS)).isEqualTo(declared);
	}

	@Test
	void aCommandLineBuildsOnlyTheSubcommandsItNamesAndAllWhenItNamesNone() {
		assertThat(GlobalOptions.addSubcommands(new CommandLine(new GlobalOptions()),
				new String[] { "--url", "jdbc:h2:mem:x", "current", "-v" }).getSubcommands()).containsOnlyKeys("current");
		assertThat(GlobalOptions.addSubcommands(new CommandLine(new GlobalOptions()),
				new String[] { "list-templates" }).getSubcommands()).containsOnlyKeys("list_templates", "list-templates");
		assertThat(subcommands()).hasSize(18);
		CliRun typo = CliRun.inProcess(this.project, "curent");
		assertThat(typo.status()).isEqualTo(RetortCli.EXIT_USAGE);
		assertThat(typo.err()).startsWith("FAILED: Unmatched argument at index 0: 'curent'").contains("see 'retort --help'");
		CliRun help = CliRun.inProcess(this.project, "--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).contains("upgrade", "downgrade", "list_templates", "index");
	}

}
