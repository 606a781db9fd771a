package dev.retort.core.internal.lint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for {@code ALTER TABLE}: each comma-separated action is checked on its own, against
 * the table being new (created in this revision) or existing.
 */
final class AlterTable {

	private final Sql sql;

	private final String table;

	private final boolean existing;

	private final Optional<String> algorithm;

	private AlterTable(Sql sql, String table, Optional<String> algorithm) {
		this.sql = sql;
		this.table = table;
		this.existing = !sql.schema.isNew(table);
		this.algorithm = algorithm;
	}

	/** Check {@code ALTER TABLE} whose table name (after IF EXISTS, ONLY) starts at {@code at}. */
	static void check(Sql sql, int at) {
		int nameAt = sql.skip(sql.skip(at, "IF", "EXISTS"), "ONLY");
		int end = sql.nameEnd(nameAt);
		if (end == nameAt) {
			return;
		}
		String table = sql.nameBefore(end);
		int actionsAt = sql.isSymbol(end, '*') ? end + 1 : end;
		List<int[]> actions = sql.splitOnCommas(actionsAt, sql.size());
		Optional<String> algorithm = Optional.empty();
		for (int[] action : actions) {
			if (sql.matches(action[0], "ALGORITHM")) {
				algorithm = Optional.of(sql.text(sql.isSymbol(action[0] + 1, '=') ? action[0] + 2 : action[0] + 1)
					.toUpperCase(Locale.ROOT));
			}
		}
		AlterTable alter = new AlterTable(sql, table, algorithm);
		boolean addsPrimaryKey = false;
		for (int[] action : actions) {
			addsPrimaryKey |= sql.matches(action[0], "ADD", "PRIMARY", "KEY");
		}
		for (int[] action : actions) {
			alter.action(action[0], action[1], addsPrimaryKey);
		}
	}

	private void action(int from, int to, boolean addsPrimaryKey) {
		int verb = from;
		if (this.sql.is(verb, "ADD")) {
			add(from + 1, to);
		}
		else if (this.sql.is(verb, "ALTER")) {
			alterColumn(this.sql.skip(from + 1, "COLUMN"), to);
		}
		else if (this.sql.is(verb, "MODIFY")) {
			int nameAt = this.sql.skip(this.sql.skip(from + 1, "COLUMN"), "IF", "EXISTS");
			changeColumn(this.sql.name(nameAt), this.sql.name(nameAt), nameAt + 1, to);
		}
		else if (this.sql.is(verb, "CHANGE")) {
			int oldAt = this.sql.skip(this.sql.skip(from + 1, "COLUMN"), "IF", "EXISTS");
			changeColumn(this.sql.name(oldAt), this.sql.name(oldAt + 1), oldAt + 2, to);
		}
		else if (this.sql.is(verb, "DROP")) {
			drop(from + 1, addsPrimaryKey);
		}
		else if (this.sql.is(verb, "RENAME")) {
			rename(from + 1);
		}
		else if (this.sql.is(verb, "CONVERT") && this.existing) {
			copy("CONVERT TO CHARACTER SET converts and copies every row of existing table '" + this.table + "'");
		}
		else if (this.sql.is(verb, "LOCK")) {
			lockOption(this.sql, from, this.table);
		}
	}

	private void add(int from, int to) {
		Sql sql = this.sql;
		int i = from;
		if (sql.matches(i, "COLUMN")) {
			addColumn(sql.skip(i + 1, "IF", "NOT", "EXISTS"), to);
			return;
		}
		if (sql.matches(i, "CONSTRAINT")) {
			i = sql.isAny(i + 1, "FOREIGN", "CHECK", "UNIQUE", "PRIMARY") ? i + 1 : i + 2;
		}
		int what = i;
		boolean notValid = sql.find(i, to, "NOT") >= 0 && sql.matches(sql.find(i, to, "NOT") + 1, "VALID");
		if (sql.is(what, "FOREIGN")) {
			if (this.existing && !notValid) {
				this.sql.report(Rule.FOREIGN_KEY_WITHOUT_NOT_VALID, "adding a foreign key to existing table '"
						+ this.table + "' checks every row while it blocks writes on both tables");
			}
			if (this.existing && !inPlace()) {
				copy("adding a foreign key to existing table '" + this.table
						+ "' copies the table unless foreign_key_checks is off");
			}
		}
		else if (sql.is(what, "CHECK")) {
			if (this.existing && !notValid) {
				this.sql.report(Rule.CHECK_WITHOUT_NOT_VALID, "adding a CHECK constraint to existing table '"
						+ this.table + "' scans every row under an ACCESS EXCLUSIVE lock");
			}
		}
		else if (sql.is(what, "UNIQUE") || sql.is(what, "PRIMARY")) {
			if (this.existing && !sql.contains(i, to, "USING") || this.existing && this.sql.mariadb()) {
				this.sql.report(Rule.ADD_UNIQUE_CONSTRAINT, "adding a " + (sql.is(what, "UNIQUE") ? "UNIQUE" : "PRIMARY KEY")
						+ " constraint to existing table '" + this.table
						+ "' builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes");
				this.sql.report(Rule.UNIQUE_ON_EXISTING_DATA, "a " + (sql.is(what, "UNIQUE") ? "UNIQUE" : "PRIMARY KEY")
						+ " constraint on existing table '" + this.table + "' fails if the rows already hold duplicates");
			}
		}
		else if (sql.isAny(what, "FULLTEXT", "SPATIAL")) {
			if (this.existing) {
				this.sql.report(Rule.LOCKING_ALTER, "a " + sql.text(what).toUpperCase(Locale.ROOT)
						+ " index on existing table '" + this.table + "' blocks its writes (LOCK=SHARED) until built");
			}
		}
		else if (!sql.isAny(what, "INDEX", "KEY", "EXCLUDE", "PARTITION", "PERIOD", "SYSTEM")) {
			addColumn(sql.skip(i, "IF", "NOT", "EXISTS"), to);
		}
	}

	private void addColumn(int nameAt, int to) {
		Sql sql = this.sql;
		String column = sql.name(nameAt);
		ColumnType type = ColumnType.read(sql, nameAt + 1, to);
		this.sql.schema.column(this.table, column, type);
		if (!this.existing || !this.sql.postgres()) {
			return;
		}
		int defaultAt = sql.find(nameAt, to, "DEFAULT");
		int generated = sql.find(nameAt, to, "GENERATED");
		boolean identity = generated >= 0 && sql.contains(generated, to, "IDENTITY");
		if (type.isSerial()) {
			this.sql.report(Rule.VOLATILE_DEFAULT, "a " + type.base() + " column defaults to nextval(), so adding it to"
					+ " existing table '" + this.table + "' rewrites the table under an ACCESS EXCLUSIVE lock");
		}
		else if (identity) {
			this.sql.report(Rule.VOLATILE_DEFAULT, "adding an identity column to existing table '" + this.table
					+ "' fills every row from a sequence: the table is rewritten under an ACCESS EXCLUSIVE lock");
		}
		else if (defaultAt >= 0 && volatileCall(defaultAt + 1, to).isPresent()) {
			this.sql.report(Rule.VOLATILE_DEFAULT, "the default " + volatileCall(defaultAt + 1, to).get()
					+ "() is volatile: adding the column rewrites existing table '" + this.table
					+ "' under an ACCESS EXCLUSIVE lock");
		}
		if (generated >= 0 && !identity && sql.contains(generated, to, "STORED")) {
			this.sql.report(Rule.STORED_GENERATED_COLUMN, "adding a stored generated column to existing table '"
					+ this.table + "' rewrites the table under an ACCESS EXCLUSIVE lock");
		}
		int not = sql.find(nameAt, to, "NOT");
		if (not >= 0 && sql.matches(not + 1, "NULL") && defaultAt < 0 && generated < 0 && !type.isSerial()) {
			this.sql.report(Rule.NOT_NULL_WITHOUT_DEFAULT, "adding column '" + column
					+ "' NOT NULL without a default fails when existing table '" + this.table + "' has rows");
		}
		if (sql.find(nameAt, to, "PRIMARY") >= 0 || sql.find(nameAt, to, "UNIQUE") >= 0) {
			this.sql.report(Rule.ADD_UNIQUE_CONSTRAINT, "a PRIMARY KEY or UNIQUE column builds its index on existing"
					+ " table '" + this.table + "' under an ACCESS EXCLUSIVE lock");
		}
		if (sql.find(nameAt, to, "REFERENCES") >= 0) {
			this.sql.report(Rule.FOREIGN_KEY_WITHOUT_NOT_VALID, "a column with REFERENCES adds a validated foreign key"
					+ " to existing table '" + this.table + "', blocking writes on both tables");
		}
		if (sql.find(nameAt, to, "CHECK") >= 0) {
			this.sql.report(Rule.CHECK_WITHOUT_NOT_VALID, "a column with CHECK validates every row of existing table '"
					+ this.table + "' under an ACCESS EXCLUSIVE lock");
		}
	}

	/** The first function call in the default expression that may be volatile. */
	private Optional<String> volatileCall(int from, int to) {
		for (int i = from; i < to; i++) {
			if (this.sql.kind(i) == Sql.WORD && this.sql.isSymbol(i + 1, '(')) {
				String name = this.sql.name(i);
				if (isVolatile(name) || !isNotVolatile(name)) {
					return Optional.of(name);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Functions whose value differs per row, so a default using them rewrites the table
	 * (PostgreSQL). A switch rather than a set: nothing to build when the class loads.
	 */
	private static boolean isVolatile(String function) {
		return switch (function) {
			case "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4",
					"uuidv7", "clock_timestamp", "timeofday", "nextval", "txid_current", "setseed" -> true;
			default -> false;
		};
	}

	/** Functions PostgreSQL evaluates once for the whole ALTER TABLE (stable or immutable). */
	private static boolean isNotVolatile(String function) {
		return switch (function) {
			case "now", "current_timestamp", "current_date", "transaction_timestamp", "statement_timestamp",
					"localtimestamp", "lower", "upper", "coalesce", "to_timestamp", "to_date", "make_date",
					"make_interval", "jsonb_build_object", "json_build_object", "jsonb_build_array", "array", "interval",
					"timezone", "date_trunc", "concat", "length" -> true;
			default -> false;
		};
	}

	/** PostgreSQL ALTER [COLUMN] c TYPE t | SET DATA TYPE t | SET NOT NULL; MariaDB ALTER COLUMN c SET DEFAULT. */
	private void alterColumn(int nameAt, int to) {
		Sql sql = this.sql;
		String column = sql.name(nameAt);
		int typeAt = sql.matches(nameAt + 1, "TYPE") ? nameAt + 2
				: sql.matches(nameAt + 1, "SET", "DATA", "TYPE") ? nameAt + 4 : -1;
		if (typeAt > 0) {
			ColumnType target = ColumnType.read(sql, typeAt, to);
			Optional<ColumnType> before = this.sql.schema.type(this.table, column);
			this.sql.schema.column(this.table, column, target);
			if (!this.existing) {
				return;
			}
			if (before.isEmpty() || !before.get().changesInPlaceTo(target) || sql.contains(typeAt, to, "USING")) {
				this.sql.report(Rule.ALTER_COLUMN_TYPE, "changing the type of column '" + column + "'"
						+ from(before) + " to " + target
						+ " rewrites existing table '" + this.table + "' under an ACCESS EXCLUSIVE lock");
			}
			narrowing(column, before, target);
		}
		else if (sql.matches(nameAt + 1, "RENAME", "TO")) {
			renameColumn(column, sql.name(nameAt + 3)); // H2
		}
		else if (sql.matches(nameAt + 1, "SET", "NOT", "NULL") && this.existing) {
			this.sql.report(Rule.SET_NOT_NULL, "SET NOT NULL on column '" + column + "' scans existing table '"
					+ this.table + "' under an ACCESS EXCLUSIVE lock, blocking reads and writes");
		}
	}

	/** MariaDB MODIFY c def and CHANGE old new def. */
	private void changeColumn(String column, String newName, int typeAt, int to) {
		ColumnType target = ColumnType.read(this.sql, typeAt, to);
		Optional<ColumnType> before = this.sql.schema.type(this.table, column);
		if (!column.equals(newName)) {
			if (this.existing) {
				this.sql.report(Rule.RENAME_COLUMN, "renaming column '" + column + "' of existing table '" + this.table
						+ "' to '" + newName + "' breaks the release still running, which uses the old name");
			}
			this.sql.schema.renameColumn(this.table, column, newName);
		}
		this.sql.schema.column(this.table, newName, target);
		if (!this.existing) {
			return;
		}
		boolean sameType = before.isPresent() && (before.get().equals(target)
				|| before.get().base().equals("varchar") && target.base().equals("varchar")
						&& !before.get().narrowsTo(target));
		if (!sameType && !inPlace()) {
			copy("changing column '" + column + "'" + from(before) + " to " + target
					+ " may copy existing table '" + this.table + "' (ALGORITHM=COPY), blocking its writes");
		}
		narrowing(column, before, target);
	}

	private void narrowing(String column, Optional<ColumnType> before, ColumnType target) {
		if (before.isPresent() && target.isKnown() && before.get().narrowsTo(target)) {
			this.sql.report(Rule.NARROWING_TYPE, "changing column '" + column + "' of existing table '" + this.table
					+ "' from " + before.get() + " to " + target + " fails (or truncates) when a value does not fit");
		}
	}

	private void drop(int at, boolean addsPrimaryKey) {
		Sql sql = this.sql;
		if (sql.matches(at, "PRIMARY", "KEY")) {
			if (this.existing && !addsPrimaryKey && !inPlace()) {
				copy("dropping the primary key of existing table '" + this.table + "' copies the table");
			}
			return;
		}
		if (sql.isAny(at, "CONSTRAINT", "INDEX", "KEY", "FOREIGN", "CHECK", "PARTITION", "PERIOD", "SYSTEM",
				"DEFAULT", "EXPRESSION", "IDENTITY")) {
			return;
		}
		int nameAt = sql.skip(sql.skip(at, "COLUMN"), "IF", "EXISTS");
		String column = sql.name(nameAt);
		if (this.existing) {
			this.sql.report(Rule.DROP_COLUMN, "dropping column '" + column + "' of existing table '" + this.table
					+ "' deletes its data and breaks the release still running that reads it");
		}
		this.sql.schema.dropColumn(this.table, column);
	}

	private void rename(int at) {
		Sql sql = this.sql;
		if (sql.isAny(at, "CONSTRAINT", "INDEX", "KEY")) {
			return;
		}
		if (sql.isAny(at, "TO", "AS") || (this.sql.mariadb() && sql.kind(at + 1) == Sql.SYMBOL)) {
			int nameAt = sql.isAny(at, "TO", "AS") ? at + 1 : at;
			String to = sql.nameBefore(sql.nameEnd(nameAt));
			if (this.existing) {
				this.sql.report(Rule.RENAME_TABLE, "renaming existing table '" + this.table + "' to '" + to
						+ "' breaks the release still running, which uses the old name");
			}
			this.sql.schema.renameTable(this.table, to);
			return;
		}
		int fromAt = sql.skip(at, "COLUMN");
		renameColumn(sql.name(fromAt), sql.name(sql.skip(fromAt + 1, "TO")));
	}

	private void renameColumn(String from, String to) {
		if (this.existing) {
			this.sql.report(Rule.RENAME_COLUMN, "renaming column '" + from + "' of existing table '" + this.table
					+ "' to '" + to + "' breaks the release still running, which uses the old name");
		}
		this.sql.schema.renameColumn(this.table, from, to);
	}

	/** MariaDB: whether the statement asks for an algorithm that never copies (the server refuses instead). */
	private boolean inPlace() {
		return this.algorithm.isPresent() && !this.algorithm.get().equals("COPY")
				&& !this.algorithm.get().equals("DEFAULT");
	}

	/** {@code " from <type>"}, or nothing when the type before is not known. */
	private static String from(Optional<ColumnType> before) {
		return before.isPresent() ? " from " + before.get() : "";
	}

	private void copy(String message) {
		this.sql.report(Rule.COPY_ALGORITHM, message);
	}

	/** MariaDB LOCK [=] SHARED|EXCLUSIVE at {@code at}. */
	static void lockOption(Sql sql, int at, String table) {
		int mode = sql.isSymbol(at + 1, '=') ? at + 2 : at + 1;
		if (sql.isAny(mode, "SHARED", "EXCLUSIVE") && !sql.schema.isNew(table)) {
			sql.report(Rule.LOCKING_ALTER, "LOCK=" + sql.text(mode).toUpperCase(Locale.ROOT) + " blocks "
					+ (sql.is(mode, "SHARED") ? "writes to" : "reads and writes of") + " existing table '" + table
					+ "' while the change runs");
		}
	}

}
