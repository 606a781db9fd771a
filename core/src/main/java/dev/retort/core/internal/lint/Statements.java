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

	static void check(Check check) {
		Sql sql = check.sql;
		if (sql.matches(0, "CREATE")) {
			create(check);
		}
		else if (sql.matches(0, "ALTER")) {
			int table = sql.skip(sql.skip(1, "ONLINE"), "IGNORE");
			if (sql.matches(table, "TABLE")) {
				AlterTable.check(check, table + 1);
			}
			else if (sql.matches(1, "TYPE") && sql.find(2, sql.size(), "ADD") > 0
					&& sql.matches(sql.find(2, sql.size(), "ADD") + 1, "VALUE")) {
				nonTransactional(check, "ALTER TYPE ... ADD VALUE cannot be used in the transaction that adds it,"
						+ " and fails inside a transaction block before PostgreSQL 12");
			}
			else if (sql.matches(1, "SYSTEM")) {
				nonTransactional(check, "ALTER SYSTEM cannot run inside a transaction block");
			}
		}
		else if (sql.matches(0, "DROP")) {
			drop(check);
		}
		else if (sql.matches(0, "TRUNCATE")) {
			truncate(check);
		}
		else if (sql.matches(0, "RENAME", "TABLE")) {
			renameTables(check);
		}
		else if (sql.matches(0, "VACUUM")) {
			nonTransactional(check, "VACUUM cannot run inside a transaction block");
		}
		else if (sql.matches(0, "REINDEX") && sql.contains(0, sql.size(), "CONCURRENTLY")) {
			nonTransactional(check, "REINDEX CONCURRENTLY cannot run inside a transaction block");
		}
		else {
			int delete = sql.find(0, sql.size(), "DELETE");
			if (delete >= 0 && (delete == 0 || sql.matches(0, "WITH"))) {
				delete(check, delete);
			}
		}
	}

	private static void create(Check check) {
		Sql sql = check.sql;
		int i = sql.skip(sql.skip(1, "OR", "REPLACE"), "OR", "ALTER");
		while (sql.at(i).isAny("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED")) {
			i++;
		}
		if (sql.matches(i, "TABLE")) {
			createTable(check, sql.skip(i + 1, "IF", "NOT", "EXISTS"));
		}
		else if (sql.at(i).isAny("UNIQUE", "FULLTEXT", "SPATIAL", "INDEX")) {
			createIndex(check, i);
		}
		else if (sql.matches(i, "DATABASE")) {
			nonTransactional(check, "CREATE DATABASE cannot run inside a transaction block");
		}
	}

	private static void createTable(Check check, int nameAt) {
		Sql sql = check.sql;
		int end = sql.nameEnd(nameAt);
		if (end == nameAt) {
			return;
		}
		String table = sql.nameBefore(end);
		check.schema.createTable(table);
		if (!sql.at(end).isSymbol('(')) {
			return; // CREATE TABLE ... AS SELECT, LIKE, PARTITION OF
		}
		for (int[] part : sql.splitOnCommas(end + 1, sql.closing(end))) {
			Token first = sql.at(part[0]);
			if (first.isName() && !first.isAny("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX",
					"EXCLUDE", "LIKE", "FULLTEXT", "SPATIAL", "PERIOD")) {
				check.schema.column(table, first.name(), ColumnType.read(sql, part[0] + 1, part[1]));
			}
		}
	}

	/** PostgreSQL: CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table; MariaDB alike. */
	private static void createIndex(Check check, int kindAt) {
		Sql sql = check.sql;
		boolean unique = sql.matches(kindAt, "UNIQUE");
		boolean fulltext = sql.at(kindAt).isAny("FULLTEXT", "SPATIAL");
		int index = sql.find(kindAt, sql.size(), "INDEX");
		if (index < 0) {
			return;
		}
		boolean concurrently = sql.matches(index + 1, "CONCURRENTLY");
		int nameAt = sql.skip(sql.skip(index + 1, "CONCURRENTLY"), "IF", "NOT", "EXISTS");
		if (!sql.matches(nameAt, "ON")) {
			check.schema.createIndex(sql.nameBefore(sql.nameEnd(nameAt)));
		}
		int on = sql.find(nameAt, sql.size(), "ON");
		if (on < 0) {
			return;
		}
		int tableAt = sql.skip(on + 1, "ONLY");
		String table = sql.nameBefore(sql.nameEnd(tableAt));
		if (concurrently && check.transactional) {
			nonTransactional(check, "CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
		}
		if (check.schema.isNew(table)) {
			return;
		}
		if (!concurrently) {
			check.report(Rule.INDEX_WITHOUT_CONCURRENTLY, "CREATE INDEX on existing table '" + table
					+ "' blocks its writes (SHARE lock) until the index is built");
		}
		if (unique) {
			check.report(Rule.UNIQUE_ON_EXISTING_DATA, "a unique index on existing table '" + table
					+ "' fails if the rows already hold duplicates");
		}
		if (fulltext) {
			check.report(Rule.LOCKING_ALTER, "a " + sql.at(kindAt).text().toUpperCase(Locale.ROOT)
					+ " index on existing table '" + table + "' blocks its writes (LOCK=SHARED) until it is built");
		}
		int lock = sql.find(on, sql.size(), "LOCK");
		if (lock > 0 && check.mariadb()) {
			AlterTable.lockOption(check, lock, table);
		}
	}

	private static void drop(Check check) {
		Sql sql = check.sql;
		if (sql.matches(1, "TABLE") || sql.matches(1, "TEMPORARY", "TABLE")) {
			int from = sql.skip(sql.find(1, sql.size(), "TABLE") + 1, "IF", "EXISTS");
			List<String> existing = new ArrayList<>();
			for (int[] part : sql.splitOnCommas(from, sql.size())) {
				String table = sql.nameBefore(sql.nameEnd(part[0]));
				if (!check.schema.isNew(table)) {
					existing.add(table);
				}
				check.schema.dropTable(table);
			}
			if (!existing.isEmpty()) {
				check.report(Rule.DROP_TABLE, "DROP TABLE deletes existing table(s) " + quoted(existing)
						+ " with their data, and breaks the release still running that reads them");
			}
		}
		else if (sql.matches(1, "INDEX")) {
			boolean concurrently = sql.matches(2, "CONCURRENTLY");
			if (concurrently && check.transactional) {
				nonTransactional(check, "DROP INDEX CONCURRENTLY cannot run inside a transaction block");
			}
			int nameAt = sql.skip(sql.skip(2, "CONCURRENTLY"), "IF", "EXISTS");
			String index = sql.nameBefore(sql.nameEnd(nameAt));
			if (!concurrently && !check.schema.isNewIndex(index) && !sql.contains(nameAt, sql.size(), "ON")) {
				check.report(Rule.DROP_INDEX_WITHOUT_CONCURRENTLY, "DROP INDEX '" + index
						+ "' takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes until it gets it");
			}
		}
		else if (sql.matches(1, "DATABASE")) {
			nonTransactional(check, "DROP DATABASE cannot run inside a transaction block");
		}
	}

	private static void truncate(Check check) {
		Sql sql = check.sql;
		int from = sql.skip(sql.skip(1, "TABLE"), "ONLY");
		List<String> existing = new ArrayList<>();
		for (int[] part : sql.splitOnCommas(from, sql.size())) {
			String table = sql.nameBefore(sql.nameEnd(part[0]));
			if (!check.schema.isNew(table)) {
				existing.add(table);
			}
		}
		if (!existing.isEmpty()) {
			check.report(Rule.TRUNCATE, "TRUNCATE deletes every row of existing table(s) " + quoted(existing));
		}
	}

	private static void delete(Check check, int delete) {
		Sql sql = check.sql;
		int tableAt = sql.skip(sql.skip(delete + 1, "FROM"), "ONLY");
		String table = sql.nameBefore(sql.nameEnd(tableAt));
		if (sql.find(delete, sql.size(), "WHERE") < 0 && !sql.matches(delete + 1, "USING")
				&& !check.schema.isNew(table)) {
			check.report(Rule.DELETE_WITHOUT_WHERE, "DELETE without WHERE removes every row of existing table '"
					+ table + "'");
		}
	}

	/** MariaDB: RENAME TABLE a TO b [, c TO d]. */
	private static void renameTables(Check check) {
		Sql sql = check.sql;
		for (int[] part : sql.splitOnCommas(2, sql.size())) {
			int fromEnd = sql.nameEnd(part[0]);
			String from = sql.nameBefore(fromEnd);
			String to = sql.nameBefore(sql.nameEnd(fromEnd + 1));
			if (!check.schema.isNew(from)) {
				check.report(Rule.RENAME_TABLE, "renaming existing table '" + from + "' to '" + to
						+ "' breaks the release still running, which uses the old name");
			}
			check.schema.renameTable(from, to);
		}
	}

	static void nonTransactional(Check check, String why) {
		if (check.transactional) {
			check.report(Rule.NON_TRANSACTIONAL_STATEMENT, why + ", but this revision is transactional");
		}
	}

	static String quoted(List<String> names) {
		return "'" + String.join("', '", names) + "'";
	}

}
