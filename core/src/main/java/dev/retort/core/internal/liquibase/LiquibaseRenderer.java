package dev.retort.core.internal.liquibase;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameTableChange;
import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.structure.core.Table;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Index;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.migration.Op;
import dev.retort.core.internal.migration.RenderContext;
import dev.retort.core.internal.migration.SqlRenderer;

/**
 * Renders operations through Liquibase: each becomes a Liquibase {@link Change}, is validated for
 * the target {@link Database}, and goes through {@link SqlGeneratorFactory}. The {@code Database}
 * never gets a connection: Liquibase's connection wrapper switches auto-commit and closes the
 * connection it is given, and SQL generation does not need one. What the schema must tell
 * (MariaDB's column restatement) is read by {@link AlterColumns} with plain JDBC instead.
 *
 * <p>One instance renders one revision run; Liquibase's {@code Database} objects are not
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class LiquibaseRenderer implements SqlRenderer {

	private final Dialect dialect;

	private final Database database;

	/**
	 * A renderer for one dialect.
	 * @param dialect the target database
	 */
	public LiquibaseRenderer(Dialect dialect) {
		this.dialect = dialect;
		this.database = switch (dialect) {
			case H2 -> new H2Database();
			case POSTGRESQL -> new PostgresDatabase();
			case MARIADB -> new MariaDBDatabase();
		};
		// names as written, as in SQL revision files: no schema prefix
		this.database.setOutputDefaultSchema(false);
		this.database.setOutputDefaultCatalog(false);
	}

	/**
	 * Liquibase finds its services (logging, generators, types) through the thread's context class
	 * loader when it first starts; point that at Liquibase's own loader, so an application whose
	 * context loader cannot see Liquibase (a plugin or test loader) still renders.
	 */
	@Override
	public List<String> render(Op op, RenderContext context) throws SQLException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Database.class.getClassLoader());
		try {
			return renderOp(op, context);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private List<String> renderOp(Op op, RenderContext context) throws SQLException {
		if (op instanceof Op.CreateTable create) {
			return generate(op, context, createTable(create));
		}
		if (op instanceof Op.DropTable drop) {
			DropTableChange change = new DropTableChange();
			change.setTableName(drop.table());
			return generate(op, context, change);
		}
		if (op instanceof Op.RenameTable rename) {
			RenameTableChange change = new RenameTableChange();
			change.setOldTableName(rename.table());
			change.setNewTableName(rename.newName());
			return generate(op, context, change);
		}
		if (op instanceof Op.AddColumn add) {
			AddColumnChange change = new AddColumnChange();
			change.setTableName(add.table());
			change.addColumn(column(new AddColumnConfig(), add.column()));
			return generate(op, context, change);
		}
		if (op instanceof Op.DropColumn drop) {
			DropColumnChange change = new DropColumnChange();
			change.setTableName(drop.table());
			change.setColumnName(drop.column());
			return generate(op, context, change);
		}
		if (op instanceof Op.AlterColumn alter) {
			return new AlterColumns(this, context).render(alter);
		}
		if (op instanceof Op.CreateIndex create) {
			return concurrently(generate(op, context, createIndex(create.index())), create.index().isConcurrently(),
					"CREATE INDEX ", "CREATE UNIQUE INDEX ");
		}
		if (op instanceof Op.DropIndex drop) {
			DropIndexChange change = new DropIndexChange();
			change.setIndexName(drop.name());
			change.setTableName(drop.table());
			return concurrently(generate(op, context, change), drop.concurrently(), "DROP INDEX ");
		}
		if (op instanceof Op.CreateForeignKey create) {
			return generate(op, context, foreignKey(create.foreignKey()));
		}
		if (op instanceof Op.CreateUnique unique) {
			AddUniqueConstraintChange change = new AddUniqueConstraintChange();
			change.setConstraintName(unique.name());
			change.setTableName(unique.table());
			change.setColumnNames(String.join(", ", unique.columns()));
			return generate(op, context, change);
		}
		if (op instanceof Op.CreateCheck check) {
			// Liquibase's open-source changes have no check constraint; the syntax is the same on all three
			return List.of("ALTER TABLE " + table(check.table()) + " ADD CONSTRAINT "
					+ this.database.escapeConstraintName(check.name()) + " CHECK (" + check.condition() + ")");
		}
		if (op instanceof Op.AddPrimaryKey primaryKey) {
			AddPrimaryKeyChange change = new AddPrimaryKeyChange();
			change.setConstraintName(primaryKey.name());
			change.setTableName(primaryKey.table());
			change.setColumnNames(String.join(", ", primaryKey.columns()));
			return generate(op, context, change);
		}
		if (op instanceof Op.DropConstraint drop) {
			return dropConstraint(drop, context);
		}
		if (op instanceof Op.CreateSequence create) {
			CreateSequenceChange change = new CreateSequenceChange();
			change.setSequenceName(create.name());
			change.setStartValue(BigInteger.valueOf(create.start()));
			change.setIncrementBy(BigInteger.valueOf(create.increment()));
			// Liquibase writes IF NOT EXISTS on PostgreSQL; an existing sequence must fail as an existing table does
			return generate(op, context, change).stream()
				.map((sql) -> sql.replace("CREATE SEQUENCE  IF NOT EXISTS ", "CREATE SEQUENCE "))
				.toList();
		}
		if (op instanceof Op.DropSequence drop) {
			DropSequenceChange change = new DropSequenceChange();
			change.setSequenceName(drop.name());
			// Liquibase adds CASCADE on PostgreSQL, which would silently drop column defaults using the sequence
			return generate(op, context, change).stream().map((sql) -> sql.endsWith(" CASCADE")
					? sql.substring(0, sql.length() - " CASCADE".length()) : sql).toList();
		}
		if (op instanceof Op.BulkInsert insert) {
			List<String> statements = new ArrayList<>();
			for (Map<String, Object> row : insert.rows()) {
				statements.addAll(generate(op, context, Values.insert(insert.table(), row, context, op)));
			}
			return statements;
		}
		if (op instanceof Op.Execute execute) {
			return List.of(execute.sql());
		}
		throw new IllegalStateException("No SQL for " + op.describe());
	}

	private CreateTableChange createTable(Op.CreateTable create) {
		CreateTableChange change = new CreateTableChange();
		change.setTableName(create.table());
		for (Column column : create.columns()) {
			change.addColumn(column(new ColumnConfig(), column));
		}
		return change;
	}

	<T extends ColumnConfig> T column(T config, Column column) {
		config.setName(column.name());
		config.setType(Types.of(column.type(), this.dialect));
		Values.applyDefault(config, column.defaultValue());
		column.comment().ifPresent(config::setRemarks);
		if (column.isAutoIncrement()) {
			config.setAutoIncrement(true);
		}
		ConstraintsConfig constraints = new ConstraintsConfig();
		boolean any = false;
		if (!column.nullable()) {
			constraints.setNullable(false);
			any = true;
		}
		if (column.isPrimaryKey()) {
			constraints.setPrimaryKey(true);
			any = true;
		}
		if (column.isUnique()) {
			constraints.setUnique(true);
			any = true;
		}
		if (any) {
			config.setConstraints(constraints);
		}
		return config;
	}

	private static CreateIndexChange createIndex(Index index) {
		CreateIndexChange change = new CreateIndexChange();
		change.setIndexName(index.name());
		change.setTableName(index.table());
		change.setUnique(index.isUnique() ? Boolean.TRUE : null);
		for (String name : index.columns()) {
			AddColumnConfig column = new AddColumnConfig();
			column.setName(name);
			change.addColumn(column);
		}
		return change;
	}

	private static AddForeignKeyConstraintChange foreignKey(ForeignKey foreignKey) {
		AddForeignKeyConstraintChange change = new AddForeignKeyConstraintChange();
		change.setConstraintName(foreignKey.name());
		change.setBaseTableName(foreignKey.table());
		change.setBaseColumnNames(String.join(", ", foreignKey.columns()));
		change.setReferencedTableName(foreignKey.referencedTable());
		change.setReferencedColumnNames(String.join(", ", foreignKey.referencedColumns()));
		foreignKey.deleteAction().ifPresent((action) -> change.setOnDelete(action.sql()));
		foreignKey.updateAction().ifPresent((action) -> change.setOnUpdate(action.sql()));
		return change;
	}

	private List<String> dropConstraint(Op.DropConstraint drop, RenderContext context) {
		return switch (drop.type()) {
			case FOREIGN_KEY -> {
				DropForeignKeyConstraintChange change = new DropForeignKeyConstraintChange();
				change.setConstraintName(drop.name());
				change.setBaseTableName(drop.table());
				yield generate(drop, context, change);
			}
			case UNIQUE -> {
				DropUniqueConstraintChange change = new DropUniqueConstraintChange();
				change.setConstraintName(drop.name());
				change.setTableName(drop.table());
				yield generate(drop, context, change);
			}
			case PRIMARY_KEY -> {
				DropPrimaryKeyChange change = new DropPrimaryKeyChange();
				change.setConstraintName(drop.name());
				change.setTableName(drop.table());
				yield generate(drop, context, change);
			}
			case CHECK -> List.of("ALTER TABLE " + table(drop.table()) + " DROP CONSTRAINT "
					+ this.database.escapeConstraintName(drop.name()));
		};
	}

	/** PostgreSQL's {@code CONCURRENTLY}, which Liquibase's open-source generators do not write. */
	private List<String> concurrently(List<String> statements, boolean concurrently, String... prefixes) {
		if (!concurrently || this.dialect != Dialect.POSTGRESQL) {
			return statements;
		}
		List<String> result = new ArrayList<>(statements.size());
		for (String sql : statements) {
			String rewritten = sql;
			for (String prefix : prefixes) {
				if (sql.startsWith(prefix)) {
					rewritten = prefix + "CONCURRENTLY " + sql.substring(prefix.length());
					break;
				}
			}
			result.add(rewritten);
		}
		return result;
	}

	/** Validate, then generate: Liquibase's generators assume a valid change. */
	List<String> generate(Op op, RenderContext context, Change change) {
		validate(op, context, change);
		List<String> result = new ArrayList<>();
		// only changes that carry types: a value in an insert is never rewritten
		boolean typed = change instanceof CreateTableChange || change instanceof AddColumnChange
				|| change instanceof ModifyDataTypeChange;
		for (SqlStatement statement : change.generateStatements(this.database)) {
			for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, this.database)) {
				result.add(typed ? Types.verbatim(sql.toSql()) : sql.toSql());
			}
		}
		return result;
	}

	void validate(Op op, RenderContext context, Change change) {
		ValidationErrors errors = change.validate(this.database);
		if (errors.hasErrors()) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, context.revision() + ": " + op.describe()
					+ " is not valid on " + this.dialect.displayName() + ": " + String.join("; ", errors.getErrorMessages())
					+ ". Fix the arguments of this operation.");
		}
	}

	String table(String name) {
		return this.database.escapeObjectName(name, Table.class);
	}

	Database database() {
		return this.database;
	}

	Dialect dialect() {
		return this.dialect;
	}

}
