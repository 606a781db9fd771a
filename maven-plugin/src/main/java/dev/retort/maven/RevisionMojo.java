package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * {@code retort revision}: a new revision file in the project's sources (a {@code classpath:}
 * location is written under {@code src/main/resources}). With {@code autogenerate}, filled with
 * what the project's compiled entities changed against the database, read with the project's own
 * Hibernate.
 *
 * @since 0.1.0
 */
@Mojo(name = "revision", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class RevisionMojo extends EntityModelMojo {

	/** The revision's message. */
	@Parameter(property = "retort.message")
	@Nullable String message;

	/** Fill the revision with what the entities changed against the database. */
	@Parameter(property = "retort.autogenerate", defaultValue = "false")
	boolean autogenerate;

	/** The head to base the revision on: {@code head}, {@code base}, {@code label@head}, an id with {@code splice}. */
	@Parameter(property = "retort.head")
	@Nullable String head;

	/** Allow a non-head revision as {@code head}. */
	@Parameter(property = "retort.splice", defaultValue = "false")
	boolean splice;

	/** Branch label(s) of the new revision, comma-separated. */
	@Parameter(property = "retort.branchLabel")
	@Nullable String branchLabel;

	/** Revision(s) the new one depends on, comma-separated. */
	@Parameter(property = "retort.dependsOn")
	@Nullable String dependsOn;

	/** A fixed id instead of a generated one. */
	@Parameter(property = "retort.revId")
	@Nullable String revId;

	/** The folder to write into, one of the locations' folders, relative to the project. */
	@Parameter(property = "retort.versionPath")
	@Nullable String versionPath;

	/** With autogenerate: {@code sql} or {@code java}. */
	@Parameter(property = "retort.format", defaultValue = "sql")
	String format = "sql";

	/** With autogenerate: write a revision even when nothing changed. */
	@Parameter(property = "retort.allowEmpty", defaultValue = "false")
	boolean allowEmpty;

	/** With autogenerate: write it even when it drops more than half of the tables. */
	@Parameter(property = "retort.allowDestructive", defaultValue = "false")
	boolean allowDestructive;

	@Override
	List<String> command() throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("revision"));
		option(command, "--message", this.message);
		option(command, "--head", this.head);
		flag(command, "--splice", this.splice);
		option(command, "--branch-label", this.branchLabel);
		option(command, "--depends-on", this.dependsOn);
		option(command, "--rev-id", this.revId);
		option(command, "--version-path", this.versionPath);
		if (this.autogenerate) {
			command.add("--autogenerate");
			option(command, "--format", this.format);
			flag(command, "--allow-empty", this.allowEmpty);
			flag(command, "--allow-destructive", this.allowDestructive);
			command.addAll(modelOptions());
		}
		return command;
	}

}
