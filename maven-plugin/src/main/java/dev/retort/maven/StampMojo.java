package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code retort stamp}: set the version table to the target(s) without running revisions.
 *
 * @since 0.1.0
 */
@Mojo(name = "stamp", threadSafe = true)
public final class StampMojo extends MoveMojo {

	/** The revision(s) to stamp, comma-separated: {@code heads}, an id, {@code base}, ... */
	@Parameter(property = "retort.target")
	@Nullable String target;

	/** Erase the version table before stamping. */
	@Parameter(property = "retort.purge", defaultValue = "false")
	boolean purge;

	@Override
	List<String> command() throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("stamp"));
		for (String part : required(this.target, "target", "retort.target", "heads").split(",")) {
			if (!part.isBlank()) {
				command.add(part.strip());
			}
		}
		flag(command, "--purge", this.purge);
		moveOptions(command);
		return command;
	}

}
