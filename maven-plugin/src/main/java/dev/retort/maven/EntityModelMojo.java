package dev.retort.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that compares the project's entities with the database ({@code revision} with
 * autogenerate, {@code check}): the entities are the project's compiled classes, loaded with its
 * runtime dependencies, its own Hibernate among them.
 */
abstract class EntityModelMojo extends RetortMojo {

	/** Packages to scan for {@code @Entity} classes (default: those of the application, else all). */
	@Parameter(property = "retort.entityPackages")
	List<String> entityPackages = new ArrayList<>();

	/** Also report changed server defaults. */
	@Parameter(property = "retort.compareServerDefaults", defaultValue = "false")
	boolean compareServerDefaults;

	/**
	 * {@code --classpath} (the project's classes and runtime dependencies) and the other options of
	 * the entity model.
	 * @return the options
	 * @throws MojoExecutionException when the project is not compiled or its class path is not resolved
	 */
	List<String> modelOptions() throws MojoExecutionException {
		Path classes = Path.of(this.project.getBuild().getOutputDirectory());
		if (!Files.isDirectory(classes)) {
			throw new MojoExecutionException("No compiled classes in " + classes + "; compile the project first, as in"
					+ " 'mvn compile retort:" + this.mojoExecution.getGoal() + "'");
		}
		List<String> options = new ArrayList<>();
		try {
			option(options, "--classpath", String.join(File.pathSeparator, this.project.getRuntimeClasspathElements()));
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("The project's runtime class path is not resolved: " + ex.getMessage(), ex);
		}
		option(options, "--entity-packages", String.join(",", this.entityPackages));
		flag(options, "--compare-server-defaults", this.compareServerDefaults);
		return options;
	}

}
