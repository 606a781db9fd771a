package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort check}, the CI gate: fails the build, listing the differences, when autogenerate
 * would write a revision (the entities and the database drifted apart), or when a revision has a
 * lint error. Compares the project's compiled entities, loaded with its own Hibernate, with a
 * database at its heads: run it after {@code compile} and {@code retort:upgrade}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class CheckMojo extends EntityModelMojo {

	@Override
	List<String> command() throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("check"));
		command.addAll(modelOptions());
		return command;
	}

	@Override
	boolean failureListsOutput() {
		return true;
	}

}
