package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code retort downgrade}: run downgrades down to a target, which must be given
 * ({@code -Dretort.target=-1}, an id, {@code base}).
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", threadSafe = true)
public final class DowngradeMojo extends MoveMojo {

	/** Where to go: {@code -1}, an id or prefix, {@code base}, {@code label@-1}, ... */
	@Parameter(property = "retort.target")
	@Nullable String target;

	@Override
	List<String> command() throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("downgrade", required(this.target, "target", "retort.target", "-1")));
		moveOptions(command);
		return command;
	}

}
