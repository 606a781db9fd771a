package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort heads}: the heads of the revision graph.
 *
 * @since 0.1.0
 */
@Mojo(name = "heads", threadSafe = true)
public final class HeadsMojo extends RetortMojo {

	/** Use more verbose output. */
	@Parameter(property = "retort.verbose", defaultValue = "false")
	boolean verbose;

	/** Treat dependency versions as down revisions. */
	@Parameter(property = "retort.resolveDependencies", defaultValue = "false")
	boolean resolveDependencies;

	/** Print JSON. */
	@Parameter(property = "retort.json", defaultValue = "false")
	boolean json;

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("heads"));
		flag(command, "--verbose", this.verbose);
		flag(command, "--resolve-dependencies", this.resolveDependencies);
		flag(command, "--json", this.json);
		return command;
	}

}
