package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort upgrade}: run the revisions up to a target ({@code heads} by default).
 *
 * @since 0.1.0
 */
@Mojo(name = "upgrade", threadSafe = true)
public final class UpgradeMojo extends MoveMojo {

	/** Where to go: {@code heads}, {@code head}, an id or prefix, {@code +N}, {@code label@head}, ... */
	@Parameter(property = "retort.target", defaultValue = "heads")
	String target = "heads";

	/** Run even if applied revision files changed. */
	@Parameter(property = "retort.ignoreChecksums", defaultValue = "false")
	boolean ignoreChecksums;

	@Override
	List<String> command() {
		List<String> command = new ArrayList<>(List.of("upgrade", this.target.strip()));
		moveOptions(command);
		flag(command, "--ignore-checksums", this.ignoreChecksums);
		return command;
	}

}
