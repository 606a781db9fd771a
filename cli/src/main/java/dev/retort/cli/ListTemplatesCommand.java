package dev.retort.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Alembic's {@code list_templates}. */
@Command(name = "list_templates", aliases = "list-templates",
		description = "List available templates.")
final class ListTemplatesCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Override
	public Integer call() {
		PrintStream out = this.root.io.out();
		out.println("Available templates:\n");
		for (ProjectTemplate template : ProjectTemplate.values()) {
			out.println(template.templateName() + " - " + template.description());
		}
		out.println("\nTemplates are used via the 'init' command, e.g.:\n");
		out.println("  retort init --template generic " + InitCommand.DEFAULT_DIRECTORY);
		return 0;
	}

}
