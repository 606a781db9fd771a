package dev.retort.core.internal.liquibase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.datatype.DataTypeFactory;
import liquibase.structure.core.Column;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.DefaultValue;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.migration.Op;
import dev.retort.core.internal.migration.RenderContext;

/**
 * {@code alterColumn}. On H2 and PostgreSQL each aspect is its own Liquibase change. On MariaDB
 * and MySQL, {@code MODIFY} and {@code CHANGE} replace the whole column definition, dropping
 * {@code NOT NULL} and the default unless restated (Liquibase's generators do not restate them),
 * so a type or nullability change is written here as one {@code MODIFY} that restates the type,
 * nullability, default and {@code AUTO_INCREMENT}, taken from the change, its {@code existing*}
 * facts, or (online) {@code information_schema}; renames use {@code RENAME COLUMN}, which keeps
 * the definition.
 */
final class AlterColumns {

	/**
	 * MariaDB's strict mode for the one statement, whatever the session's mode: without it a
	 * {@code MODIFY} cuts values to the new length, clamps numbers to the new range and turns
	 * {@code NULL} into {@code ''} or {@code 0} for {@code NOT NULL}, with a warning only. Written as
	 * a MariaDB executable comment, which MySQL (strict by default) reads as a comment.
	 */
	static final String STRICT = "/*M! SET STATEMENT sql_mode='STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,"
			+ "NO_ENGINE_SUBSTITUTION' FOR */ ";

	private final LiquibaseRenderer renderer;

	private final RenderContext context;

	AlterColumns(LiquibaseRenderer renderer, RenderContext context) {
		this.renderer = renderer;
		this.context = context;
	}

	List<String> render(Op.AlterColumn alter) throws SQLException {
		List<String> statements = (this.renderer.dialect() == Dialect.MARIADB) ? mariadb(alter) : standard(alter);
		Optional<List<String>> guard = FitGuard.around(alter.change(), this.renderer.table(alter.table()),
				column(alter.column()), alter.column());
		if (guard.isEmpty()) {
			return statements;
		}
		List<String> guarded = new ArrayList<>();
		guarded.add(guard.get().get(0));
		guarded.addAll(statements);
		guarded.add(guard.get().get(1));
		return guarded;
	}

	private List<String> standard(Op.AlterColumn alter) {
		ColumnChange change = alter.change();
		List<String> statements = new ArrayList<>();
		Optional<String> type = change.newType().or(change::existingType)
			.map((value) -> Types.of(value, this.renderer.dialect()));
		if (change.newType().isPresent()) {
			ModifyDataTypeChange modify = new ModifyDataTypeChange();
			modify.setTableName(alter.table());
			modify.setColumnName(alter.column());
			modify.setNewDataType(type.get());
			if (this.renderer.dialect() == Dialect.H2) {
				// Liquibase writes ALTER COLUMN c <type>, which on H2 replaces the definition and loses the default
				this.renderer.validate(alter, this.context, modify);
				statements.add("ALTER TABLE " + this.renderer.table(alter.table()) + " ALTER COLUMN "
						+ column(alter.column()) + " SET DATA TYPE " + databaseType(type.get()));
			}
			else {
				this.renderer.generate(alter, this.context, modify)
					.forEach((sql) -> statements.add(withoutTruncatingCast(sql)));
			}
		}
		if (change.newNullable().isPresent()) {
			if (change.newNullable().get()) {
				DropNotNullConstraintChange nullable = new DropNotNullConstraintChange();
				nullable.setTableName(alter.table());
				nullable.setColumnName(alter.column());
				type.ifPresent(nullable::setColumnDataType);
				statements.addAll(this.renderer.generate(alter, this.context, nullable));
			}
			else {
				AddNotNullConstraintChange notNull = new AddNotNullConstraintChange();
				notNull.setTableName(alter.table());
				notNull.setColumnName(alter.column());
				type.ifPresent(notNull::setColumnDataType);
				statements.addAll(this.renderer.generate(alter, this.context, notNull));
			}
		}
		change.newDefault().ifPresent((value) -> statements.addAll(defaultChange(alter, value)));
		change.newName().ifPresent((name) -> {
			RenameColumnChange rename = new RenameColumnChange();
			rename.setTableName(alter.table());
			rename.setOldColumnName(alter.column());
			rename.setNewColumnName(name);
			type.ifPresent(rename::setColumnDataType);
			statements.addAll(this.renderer.generate(alter, this.context, rename));
		});
		return statements;
	}

	/**
	 * Liquibase writes PostgreSQL's {@code USING (c::VARCHAR(80))}: an explicit cast, which cuts
	 * text to the length and rounds numbers without a word. Cast to the type without its length or
	 * precision instead: storing the result then goes through PostgreSQL's assignment rules, which
	 * refuse a value that does not fit.
	 */
	private static String withoutTruncatingCast(String sql) {
		int using = sql.lastIndexOf(" USING (");
		int cast = sql.lastIndexOf("::");
		if (using < 0 || cast < using || !sql.endsWith(")")) {
			return sql;
		}
		String base = sql.substring(cast + 2, sql.length() - 1).replaceAll("\\(.*?\\)", "").strip();
		String upper = base.toUpperCase(java.util.Locale.ROOT);
		if (upper.startsWith("VARCHAR") || upper.startsWith("CHAR") || upper.startsWith("BPCHAR")) {
			base = "TEXT";
		}
		return sql.substring(0, cast + 2) + base + ")";
	}

	private List<String> defaultChange(Op.AlterColumn alter, DefaultValue value) {
		if (value.isNone()) {
			DropDefaultValueChange drop = new DropDefaultValueChange();
			drop.setTableName(alter.table());
			drop.setColumnName(alter.column());
			if (this.renderer.dialect() == Dialect.H2) {
				// Liquibase writes SET DEFAULT NULL on H2, a default of NULL rather than none
				this.renderer.validate(alter, this.context, drop);
				return List.of("ALTER TABLE " + this.renderer.table(alter.table()) + " ALTER COLUMN "
						+ column(alter.column()) + " DROP DEFAULT");
			}
			return this.renderer.generate(alter, this.context, drop);
		}
		AddDefaultValueChange add = new AddDefaultValueChange();
		add.setTableName(alter.table());
		add.setColumnName(alter.column());
		value.expression().ifPresent((sql) -> add.setDefaultValueComputed(new liquibase.statement.DatabaseFunction(sql)));
		value.value().ifPresent((literal) -> {
			if (literal instanceof Boolean bool) {
				add.setDefaultValueBoolean(bool);
			}
			else if (literal instanceof Number number) {
				add.setDefaultValueNumeric(number.toString());
			}
			else {
				add.setDefaultValue((String) literal);
			}
		});
		return this.renderer.generate(alter, this.context, add);
	}

	private List<String> mariadb(Op.AlterColumn alter) throws SQLException {
		ColumnChange change = alter.change();
		List<String> statements = new ArrayList<>();
		if (change.newType().isPresent() || change.newNullable().isPresent()) {
			Facts facts = facts(alter);
			String type = change.newType()
				.map((value) -> databaseType(Types.of(value, Dialect.MARIADB)))
				.orElse(facts.type());
			boolean nullable = change.newNullable().orElse(facts.nullable());
			Optional<String> defaultSql = change.newDefault().isPresent()
					? sqlOf(change.newDefault().get()) : facts.defaultSql();
			statements.add(STRICT + "ALTER TABLE " + this.renderer.table(alter.table()) + " MODIFY "
					+ column(alter.column())
					+ " " + type + (nullable ? " NULL" : " NOT NULL") + defaultSql.map((sql) -> " DEFAULT " + sql).orElse("")
					+ (facts.autoIncrement() ? " AUTO_INCREMENT" : ""));
		}
		else if (change.newDefault().isPresent()) {
			statements.addAll(defaultChange(alter, change.newDefault().get()));
		}
		change.newName().ifPresent((name) -> statements.add("ALTER TABLE " + this.renderer.table(alter.table())
				+ " RENAME COLUMN " + column(alter.column()) + " TO " + column(name)));
		return statements;
	}

	private String databaseType(String type) {
		return Types.verbatim(DataTypeFactory.getInstance()
			.fromDescription(type, this.renderer.database())
			.toDatabaseDataType(this.renderer.database())
			.toSql());
	}

	private String column(String name) {
		return this.renderer.database().escapeObjectName(name, Column.class);
	}

	/** What the column is now: declared facts first, then the live schema; offline, missing facts fail. */
	private Facts facts(Op.AlterColumn alter) throws SQLException {
		ColumnChange change = alter.change();
		boolean complete = (change.newType().isPresent() || change.existingType().isPresent())
				&& (change.newNullable().isPresent() || change.existingNullable().isPresent())
				&& (change.newDefault().isPresent() || change.existingDefault().isPresent());
		Optional<Facts> live = Optional.empty();
		if (!complete) {
			Connection connection = this.context.connection().orElseThrow(() -> missingFacts(alter));
			live = Optional.of(read(connection, alter));
		}
		return merge(change, live);
	}

	private Facts merge(ColumnChange change, Optional<Facts> live) {
		String type = change.existingType()
			.map((value) -> databaseType(Types.of(value, Dialect.MARIADB)))
			.orElseGet(() -> live.map(Facts::type).orElse(""));
		boolean nullable = change.existingNullable().orElseGet(() -> live.map(Facts::nullable).orElse(true));
		Optional<String> defaultSql = change.existingDefault().isPresent() ? sqlOf(change.existingDefault().get())
				: live.flatMap(Facts::defaultSql);
		return new Facts(type, nullable, defaultSql, live.map(Facts::autoIncrement).orElse(false));
	}

	private static Optional<String> sqlOf(DefaultValue value) {
		return value.isNone() ? Optional.empty() : Optional.of(Values.literal(value, Dialect.MARIADB));
	}

	private RetortException missingFacts(Op.AlterColumn alter) {
		ColumnChange change = alter.change();
		List<String> missing = new ArrayList<>();
		if (change.newType().isEmpty() && change.existingType().isEmpty()) {
			missing.add("existingType(..)");
		}
		if (change.newNullable().isEmpty() && change.existingNullable().isEmpty()) {
			missing.add("existingNullable(..)");
		}
		if (change.newDefault().isEmpty() && change.existingDefault().isEmpty()) {
			missing.add("existingDefault(..)");
		}
		return new RetortException(ErrorCode.INVALID_ARGUMENT, this.context.revision() + ": " + alter.describe()
				+ " must restate the whole column on mariadb (MODIFY drops NOT NULL and the default otherwise), and"
				+ " offline there is no database to read the column from; add " + String.join(", ", missing)
				+ " to the ColumnChange");
	}

	private Facts read(Connection connection, Op.AlterColumn alter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT COLUMN_TYPE, IS_NULLABLE,"
				+ " COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
				+ " AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
			statement.setString(1, alter.table());
			statement.setString(2, alter.column());
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new RetortException(ErrorCode.INVALID_ARGUMENT, this.context.revision() + ": "
							+ alter.describe() + " names a column that does not exist; check the table and column names");
				}
				// MariaDB 10.2.7+ writes defaults as SQL: 'text', 42, NULL or current_timestamp()
				String defaultSql = rows.getString("COLUMN_DEFAULT");
				String extra = String.valueOf(rows.getString("EXTRA")).toLowerCase(java.util.Locale.ROOT);
				return new Facts(rows.getString("COLUMN_TYPE"), "YES".equals(rows.getString("IS_NULLABLE")),
						Optional.ofNullable(defaultSql), extra.contains("auto_increment"));
			}
		}
	}

	/** A column's definition as MariaDB needs it restated. */
	private record Facts(String type, boolean nullable, Optional<String> defaultSql, boolean autoIncrement) {
	}

}
