package dev.retort.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort index}: writes the revision index into the build output, so that a start with
 * nothing to do reads it instead of every revision file. Bound to {@code process-classes} when
 * the plugin declares the goal in an execution; needs no database.
 *
 * @since 0.1.0
 */
@Mojo(name = "index", threadSafe = true, defaultPhase = LifecyclePhase.PROCESS_CLASSES)
public final class IndexMojo extends RetortMojo {

	/** Where the index is written: the classes the application is packaged from. */
	@Parameter(property = "retort.outputDirectory", defaultValue = "${project.build.outputDirectory}", required = true)
	String outputDirectory;

	@Override
	List<String> command() {
		return List.of("index", "--output-dir", this.outputDirectory);
	}

}
