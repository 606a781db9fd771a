package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code retort lint}: statements that lock, rewrite or destroy on a production database; all
 * revisions, or with a database configured the pending ones. Fails the build on a finding at or
 * above {@code failOn}.
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", threadSafe = true)
public final class LintMojo extends RetortMojo {

	/** Revisions to lint: {@code [start]:[end]} or {@code end}. */
	@Parameter(property = "retort.range")
	@Nullable String range;

	/** {@code text}, {@code json} or {@code sarif}. */
	@Parameter(property = "retort.format", defaultValue = "text")
	String format = "text";

	/** Fail on a finding of this severity or worse: {@code warning} or {@code error}. */
	@Parameter(property = "retort.failOn", defaultValue = "error")
	String failOn = "error";

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("lint"));
		if (this.range != null && !this.range.isBlank()) {
			command.add(this.range.strip());
		}
		option(command, "--format", this.format);
		option(command, "--fail-on", this.failOn);
		return command;
	}

	@Override
	boolean failureListsOutput() {
		return "text".equals(this.format);
	}

}
