package dev.retort.core.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement that lint flags, with the safe pattern to use instead.
 *
 * @param revision the revision id
 * @param file where the revision lives ({@link dev.retort.core.graph.RevisionHeader#source()})
 * @param line the line of the statement's first SQL word in the file, from 1; 0 when unknown
 * (Java revisions)
 * @param statement the statement, without the comments before it
 * @param rule the rule id, for example {@code index-without-concurrently}
 * @param category the kind of harm
 * @param severity how bad it is
 * @param message what is wrong with this statement
 * @param fix the safe pattern
 * @param suppressed the reason of the {@code -- retort:lint-ignore} comment that silences this
 * finding; empty when the finding is active
 * @since 0.1.0
 */
public record Finding(String revision, String file, int line, String statement, String rule, Category category,
		Severity severity, String message, String fix, Optional<String> suppressed) {

	public Finding {
		Objects.requireNonNull(revision, "'revision' must not be null");
		Objects.requireNonNull(file, "'file' must not be null");
		Objects.requireNonNull(statement, "'statement' must not be null");
		Objects.requireNonNull(rule, "'rule' must not be null");
		Objects.requireNonNull(category, "'category' must not be null");
		Objects.requireNonNull(severity, "'severity' must not be null");
		Objects.requireNonNull(message, "'message' must not be null");
		Objects.requireNonNull(fix, "'fix' must not be null");
		Objects.requireNonNull(suppressed, "'suppressed' must not be null");
	}

	/**
	 * Whether this finding counts: not suppressed and at least as severe as the threshold.
	 * @param threshold the lowest severity that counts
	 * @return whether it counts
	 */
	public boolean atLeast(Severity threshold) {
		return this.suppressed.isEmpty() && this.severity.compareTo(threshold) >= 0;
	}

}
