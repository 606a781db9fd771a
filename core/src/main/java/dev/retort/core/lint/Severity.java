package dev.retort.core.lint;

import java.util.Locale;

/**
 * How bad a {@link Finding} is. {@link #ERROR} means the revision will fail when it runs;
 * {@link #WARNING} means it may hurt a production database, depending on its size and traffic.
 *
 * @since 0.1.0
 */
public enum Severity {

	/** May block, rewrite or lose data on a large or busy database. */
	WARNING,

	/** Fails when it runs as written. */
	ERROR;

	/**
	 * The name used in JSON and on the command line.
	 * @return {@code warning} or {@code error}
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
