package dev.retort.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/** What {@code upgrade}, {@code downgrade} and {@code stamp} share: offline SQL and a tag. */
abstract class MoveMojo extends RetortMojo {

	/** Print the SQL instead of running it; a target may then be {@code FROM:TO}. */
	@Parameter(property = "retort.sql", defaultValue = "false")
	boolean sql;

	/** A free text recorded with each revision in the history table. */
	@Parameter(property = "retort.tag")
	@Nullable String tag;

	/** Adds {@code --sql} and {@code --tag} as given. */
	void moveOptions(List<String> command) {
		flag(command, "--sql", this.sql);
		option(command, "--tag", this.tag);
	}

}
