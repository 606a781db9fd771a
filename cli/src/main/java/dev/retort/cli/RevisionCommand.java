package dev.retort.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Alembic's {@code revision}: a new SQL revision file on top of the current head; with
 * {@code --autogenerate}, filled with what the entities changed.
 */
@Command(name = "revision", description = "Create a new revision file.")
final class RevisionCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = { "-m", "--message" }, description = "Message string to use with 'revision'.")
	@Nullable String message;

	@Option(names = "--head", defaultValue = "head",
			description = "Specify head revision or <branchname>@head to base new revision on (default ${DEFAULT-VALUE}).")
	String head;

	@Option(names = "--splice", description = "Allow a non-head revision as the 'head' to splice onto.")
	boolean splice;

	@Option(names = "--branch-label", split = ",", description = "Specify a branch label to apply to the new revision.")
	List<String> branchLabels = List.of();

	@Option(names = "--depends-on", split = ",", description = "Specify one or more revision identifiers which this revision should depend on.")
	List<String> dependsOn = List.of();

	@Option(names = "--rev-id", description = "Specify a hardcoded revision id instead of generating one.")
	@Nullable String revId;

	@Option(names = "--version-path", description = "Specify specific path from config for version file.")
	@Nullable String versionPath;

	@Option(names = "--autogenerate",
			description = "Populate revision script with candidate migration operations, based on comparison of database to model.")
	boolean autogenerate;

	@Option(names = "--format", defaultValue = "sql",
			description = "With --autogenerate: sql (a file for the connected database) or java (a Java revision); default ${DEFAULT-VALUE}.")
	String format;

	@Option(names = "--allow-empty", description = "With --autogenerate: write a revision even when nothing changed.")
	boolean allowEmpty;

	@Option(names = "--allow-destructive",
			description = "With --autogenerate: write the revision even when the entity model is empty or it drops more than half of the tables.")
	boolean allowDestructive;

	@Mixin
	ModelOptions model = new ModelOptions();

	@Override
	public Integer call() throws IOException {
		RevisionGenerator.Request request = new RevisionGenerator.Request(this.message, List.of(this.head),
				this.splice, this.branchLabels, this.dependsOn, this.revId, this.versionPath);
		if (!this.autogenerate) {
			new RevisionGenerator(this.root).generate(request);
			return 0;
		}
		if (!this.format.equals("sql") && !this.format.equals("java")) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT,
					"Unknown --format '" + this.format + "'; use sql or java");
		}
		new RevisionGenerator(this.root).autogenerate(request,
				new RevisionGenerator.Autogenerate(this.model, this.format.equals("java"), this.allowEmpty,
						this.allowDestructive));
		return 0;
	}

}
