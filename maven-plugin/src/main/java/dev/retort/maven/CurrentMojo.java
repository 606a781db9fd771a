package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort current}: the database's revision(s).
 *
 * @since 0.1.0
 */
@Mojo(name = "current", threadSafe = true)
public final class CurrentMojo extends RetortMojo {

	/** Use more verbose output. */
	@Parameter(property = "retort.verbose", defaultValue = "false")
	boolean verbose;

	/** Fail the build unless the database is at the heads. */
	@Parameter(property = "retort.checkHeads", defaultValue = "false")
	boolean checkHeads;

	/** Print JSON. */
	@Parameter(property = "retort.json", defaultValue = "false")
	boolean json;

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("current"));
		flag(command, "--verbose", this.verbose);
		flag(command, "--check-heads", this.checkHeads);
		flag(command, "--json", this.json);
		return command;
	}

}
