package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code retort history}: the revisions from heads to base.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true)
public final class HistoryMojo extends RetortMojo {

	/** A range {@code [start]:[end]}, e.g. {@code ae10:head}. */
	@Parameter(property = "retort.range")
	@Nullable String range;

	/** Use more verbose output. */
	@Parameter(property = "retort.verbose", defaultValue = "false")
	boolean verbose;

	/** Mark the current revision(s) and when each applied revision ran (needs a database). */
	@Parameter(property = "retort.indicateCurrent", defaultValue = "false")
	boolean indicateCurrent;

	/** Print JSON. */
	@Parameter(property = "retort.json", defaultValue = "false")
	boolean json;

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("history"));
		option(command, "--rev-range", this.range);
		flag(command, "--verbose", this.verbose);
		flag(command, "--indicate-current", this.indicateCurrent);
		flag(command, "--json", this.json);
		return command;
	}

}
