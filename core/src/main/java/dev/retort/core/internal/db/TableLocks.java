package dev.retort.core.internal.db;

import java.util.regex.Pattern;

import dev.retort.core.internal.script.StatementLabel;

/**
 * MariaDB's explicit table locks, as a revision's statements take and release them. While a
 * session holds {@code LOCK TABLES} it may touch no other table, and under
 * {@code FLUSH TABLES ... WITH READ LOCK} it may write none: Retort's own history row has to wait
 * until the revision releases them (mysqldump output locks each table around its data).
 */
final class TableLocks {

	private static final Pattern TAKES = Pattern
		.compile("(?i)^(LOCK\\s+TABLES?\\b|FLUSH\\s+(TABLES?\\b.*\\s)?WITH\\s+READ\\s+LOCK\\b)");

	/** {@code UNLOCK TABLES}, and what begins a transaction, which releases table locks too. */
	private static final Pattern RELEASES = Pattern.compile("(?i)^(UNLOCK\\s+TABLES?\\b|START\\s+TRANSACTION\\b)");

	/** {@code BEGIN [WORK]} as a whole statement; {@code BEGIN NOT ATOMIC ... END} is a block, not a transaction. */
	private static final Pattern BEGIN = Pattern.compile("(?i)^BEGIN(\\s+WORK)?\\s*;?$");

	private TableLocks() {
	}

	/** Whether a statement takes table locks. */
	static boolean takes(String statement) {
		return TAKES.matcher(StatementLabel.of(statement)).find();
	}

	/** Whether a statement releases the table locks the session holds. */
	static boolean releases(String statement) {
		String label = StatementLabel.of(statement);
		return RELEASES.matcher(label).find()
				|| (BEGIN.matcher(label).matches() && statement.strip().endsWith(label));
	}

}
