package dev.retort.cli;

import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h}/{@code --help} on every subcommand, with an example under the options: kept here in one
 * place so that a command added later gets the option without touching its class (and
 * {@code CommandHelpTests} fails until it has an example).
 */
final class CommandHelp {

	private static final Map<String, String> EXAMPLES = Map.ofEntries(
			Map.entry("init", "retort init src/main/resources/db/revisions"),
			Map.entry("revision", "retort --url jdbc:postgresql://localhost/app revision --autogenerate -m \"add email\""),
			Map.entry("merge", "retort merge -m \"merge shop and billing\" heads"),
			Map.entry("upgrade", "retort --url jdbc:postgresql://localhost/app upgrade head"),
			Map.entry("downgrade", "retort --url jdbc:postgresql://localhost/app downgrade -1"),
			Map.entry("stamp", "retort --url jdbc:postgresql://localhost/app stamp heads"),
			Map.entry("current", "retort --url jdbc:postgresql://localhost/app current -v"),
			Map.entry("history", "retort history -r base:head -v"),
			Map.entry("heads", "retort heads --resolve-dependencies"),
			Map.entry("branches", "retort branches -v"),
			Map.entry("show", "retort show head"),
			Map.entry("check", "retort --url jdbc:postgresql://localhost/app check"),
			Map.entry("validate", "retort --url jdbc:postgresql://localhost/app validate"),
			Map.entry("graph", "retort --url jdbc:postgresql://localhost/app graph --format svg > graph.svg"),
			Map.entry("lint", "retort --url jdbc:postgresql://localhost/app lint --format sarif > lint.sarif"),
			Map.entry("list_templates", "retort list_templates"),
			Map.entry("edit", "retort edit head"),
			Map.entry("index", "retort index --output-dir target/classes"));

	private CommandHelp() {
	}

	/**
	 * Add the help option and the example to each subcommand of a command, at any depth.
	 * @param command the command line
	 */
	static void addTo(CommandLine command) {
		for (CommandLine subcommand : command.getSubcommands().values()) {
			CommandSpec spec = subcommand.getCommandSpec();
			if (spec.findOption("--help") == null) {
				spec.addOption(OptionSpec.builder("-h", "--help")
					.usageHelp(true)
					.description("Show this help message and exit.")
					.build());
			}
			String example = EXAMPLES.get(spec.name());
			if (example != null && spec.usageMessage().footer().length == 0) {
				spec.usageMessage().footerHeading("%nExample:%n").footer("  " + example);
			}
			addTo(subcommand);
		}
	}

}
