package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort validate}: the checksums of applied revisions against their files, and every
 * file's statements split; fails the build on a difference.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", threadSafe = true)
public final class ValidateMojo extends RetortMojo {

	/** Print JSON. */
	@Parameter(property = "retort.json", defaultValue = "false")
	boolean json;

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("validate"));
		flag(command, "--json", this.json);
		return command;
	}

	@Override
	boolean failureListsOutput() {
		return true;
	}

}
