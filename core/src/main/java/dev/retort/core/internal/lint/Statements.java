package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for every statement but {@code ALTER TABLE} ({@link AlterTable}): what it is decides
 * which rules look at it; a statement no rule knows passes.
 */
final class Statements {

	private Statements() {
	}

	/**
	 * Whether any rule reads a statement with this first token; {@link Sql} stops tokenizing one
	 * that no rule reads (INSERT, UPDATE, SELECT...). Keep in step with {@link #check(Sql)}.
	 */
	static boolean reads(Sql sql) {
		return sql.isAny(0, "CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME", "VACUUM", "REINDEX", "DELETE", "WITH");
	}

	static void check(Sql sql) {
		if (sql.matches(0, "CREATE")) {
			create(sql);
		}
		else if (sql.matches(0, "ALTER")) {
			int table = sql.skip(sql.skip(1, "ONLINE"), "IGNORE");
			if (sql.matches(table, "TABLE")) {
				AlterTable.check(sql, table + 1);
			}
			else if (sql.matches(1, "TYPE") && sql.find(2, sql.size(), "ADD") > 0
					&& sql.matches(sql.find(2, sql.size(), "ADD") + 1, "VALUE")) {
				nonTransactional(sql, "ALTER TYPE ... ADD VALUE cannot be used in the transaction that adds it,"
						+ " and fails inside a transaction block before PostgreSQL 12");
			}
			else if (sql.matches(1, "SYSTEM")) {
				nonTransactional(sql, "ALTER SYSTEM cannot run inside a transaction block");
			}
		}
		else if (sql.matches(0, "DROP")) {
			drop(sql);
		}
		else if (sql.matches(0, "TRUNCATE")) {
			truncate(sql);
		}
		else if (sql.matches(0, "RENAME", "TABLE")) {
			renameTables(sql);
		}
		else if (sql.matches(0, "VACUUM")) {
			nonTransactional(sql, "VACUUM cannot run inside a transaction block");
		}
		else if (sql.matches(0, "REINDEX") && sql.contains(0, sql.size(), "CONCURRENTLY")) {
			nonTransactional(sql, "REINDEX CONCURRENTLY cannot run inside a transaction block");
		}
		else {
			int delete = sql.find(0, sql.size(), "DELETE");
			if (delete >= 0 && (delete == 0 || sql.matches(0, "WITH"))) {
				delete(sql, delete);
			}
		}
	}

	private static void create(Sql sql) {
		int i = sql.skip(sql.skip(1, "OR", "REPLACE"), "OR", "ALTER");
		while (sql.isAny(i, "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED")) {
			i++;
		}
		if (sql.matches(i, "TABLE")) {
			createTable(sql, sql.skip(i + 1, "IF", "NOT", "EXISTS"));
		}
		else if (sql.isAny(i, "UNIQUE", "FULLTEXT", "SPATIAL", "INDEX")) {
			createIndex(sql, i);
		}
		else if (sql.matches(i, "DATABASE")) {
			nonTransactional(sql, "CREATE DATABASE cannot run inside a transaction block");
		}
	}

	private static void createTable(Sql sql, int nameAt) {
		int end = sql.nameEnd(nameAt);
		if (end == nameAt) {
			return;
		}
		String table = sql.nameBefore(end);
		sql.schema.createTable(table);
		if (!sql.isSymbol(end, '(')) {
			return; // CREATE TABLE ... AS SELECT, LIKE, PARTITION OF
		}
		for (int[] part : sql.splitOnCommas(end + 1, sql.closing(end))) {
			if (sql.isName(part[0]) && !sql.isAny(part[0], "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX",
					"EXCLUDE", "LIKE", "FULLTEXT", "SPATIAL", "PERIOD")) {
				sql.schema.column(table, sql.name(part[0]), ColumnType.read(sql, part[0] + 1, part[1]));
			}
		}
	}

	/** PostgreSQL: CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table; MariaDB alike. */
	private static void createIndex(Sql sql, int kindAt) {
		boolean unique = sql.matches(kindAt, "UNIQUE");
		boolean fulltext = sql.isAny(kindAt, "FULLTEXT", "SPATIAL");
		int index = sql.find(kindAt, sql.size(), "INDEX");
		if (index < 0) {
			return;
		}
		boolean concurrently = sql.matches(index + 1, "CONCURRENTLY");
		int nameAt = sql.skip(sql.skip(index + 1, "CONCURRENTLY"), "IF", "NOT", "EXISTS");
		if (!sql.matches(nameAt, "ON")) {
			sql.schema.createIndex(sql.nameBefore(sql.nameEnd(nameAt)));
		}
		int on = sql.find(nameAt, sql.size(), "ON");
		if (on < 0) {
			return;
		}
		int tableAt = sql.skip(on + 1, "ONLY");
		String table = sql.nameBefore(sql.nameEnd(tableAt));
		if (concurrently && sql.transactional) {
			nonTransactional(sql, "CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
		}
		if (sql.schema.isNew(table)) {
			return;
		}
		if (!concurrently) {
			sql.report(Rule.INDEX_WITHOUT_CONCURRENTLY, "CREATE INDEX on existing table '" + table
					+ "' blocks its writes (SHARE lock) until the index is built");
		}
		if (unique) {
			sql.report(Rule.UNIQUE_ON_EXISTING_DATA, "a unique index on existing table '" + table
					+ "' fails if the rows already hold duplicates");
		}
		if (fulltext) {
			sql.report(Rule.LOCKING_ALTER, "a " + sql.text(kindAt).toUpperCase(Locale.ROOT)
					+ " index on existing table '" + table + "' blocks its writes (LOCK=SHARED) until it is built");
		}
		int lock = sql.find(on, sql.size(), "LOCK");
		if (lock > 0 && sql.mariadb()) {
			AlterTable.lockOption(sql, lock, table);
		}
	}

	private static void drop(Sql sql) {
		if (sql.matches(1, "TABLE") || sql.matches(1, "TEMPORARY", "TABLE")) {
			int from = sql.skip(sql.find(1, sql.size(), "TABLE") + 1, "IF", "EXISTS");
			List<String> existing = new ArrayList<>();
			for (int[] part : sql.splitOnCommas(from, sql.size())) {
				String table = sql.nameBefore(sql.nameEnd(part[0]));
				if (!sql.schema.isNew(table)) {
					existing.add(table);
				}
				sql.schema.dropTable(table);
			}
			if (!existing.isEmpty()) {
				sql.report(Rule.DROP_TABLE, "DROP TABLE deletes existing table(s) " + quoted(existing)
						+ " with their data, and breaks the release still running that reads them");
			}
		}
		else if (sql.matches(1, "INDEX")) {
			boolean concurrently = sql.matches(2, "CONCURRENTLY");
			if (concurrently && sql.transactional) {
				nonTransactional(sql, "DROP INDEX CONCURRENTLY cannot run inside a transaction block");
			}
			int nameAt = sql.skip(sql.skip(2, "CONCURRENTLY"), "IF", "EXISTS");
			String index = sql.nameBefore(sql.nameEnd(nameAt));
			if (!concurrently && !sql.schema.isNewIndex(index) && !sql.contains(nameAt, sql.size(), "ON")) {
				sql.report(Rule.DROP_INDEX_WITHOUT_CONCURRENTLY, "DROP INDEX '" + index
						+ "' takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes until it gets it");
			}
		}
		else if (sql.matches(1, "DATABASE")) {
			nonTransactional(sql, "DROP DATABASE cannot run inside a transaction block");
		}
	}

	private static void truncate(Sql sql) {
		int from = sql.skip(sql.skip(1, "TABLE"), "ONLY");
		List<String> existing = new ArrayList<>();
		for (int[] part : sql.splitOnCommas(from, sql.size())) {
			String table = sql.nameBefore(sql.nameEnd(part[0]));
			if (!sql.schema.isNew(table)) {
				existing.add(table);
			}
		}
		if (!existing.isEmpty()) {
			sql.report(Rule.TRUNCATE, "TRUNCATE deletes every row of existing table(s) " + quoted(existing));
		}
	}

	private static void delete(Sql sql, int delete) {
		int tableAt = sql.skip(sql.skip(delete + 1, "FROM"), "ONLY");
		String table = sql.nameBefore(sql.nameEnd(tableAt));
		if (sql.find(delete, sql.size(), "WHERE") < 0 && !sql.matches(delete + 1, "USING")
				&& !sql.schema.isNew(table)) {
			sql.report(Rule.DELETE_WITHOUT_WHERE, "DELETE without WHERE removes every row of existing table '"
					+ table + "'");
		}
	}

	/** MariaDB: RENAME TABLE a TO b [, c TO d]. */
	private static void renameTables(Sql sql) {
		for (int[] part : sql.splitOnCommas(2, sql.size())) {
			int fromEnd = sql.nameEnd(part[0]);
			String from = sql.nameBefore(fromEnd);
			String to = sql.nameBefore(sql.nameEnd(fromEnd + 1));
			if (!sql.schema.isNew(from)) {
				sql.report(Rule.RENAME_TABLE, "renaming existing table '" + from + "' to '" + to
						+ "' breaks the release still running, which uses the old name");
			}
			sql.schema.renameTable(from, to);
		}
	}

	static void nonTransactional(Sql sql, String why) {
		if (sql.transactional) {
			sql.report(Rule.NON_TRANSACTIONAL_STATEMENT, why + ", but this revision is transactional");
		}
	}

	static String quoted(List<String> names) {
		return "'" + String.join("', '", names) + "'";
	}

}
