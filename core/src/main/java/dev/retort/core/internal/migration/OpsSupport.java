package dev.retort.core.internal.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ConstraintType;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;

/**
 * Turns {@link Operations} calls into {@link Op} values, checking arguments on the way, and hands
 * each to {@link #perform(Op)}.
 */
abstract class OpsSupport implements Operations {

	abstract void perform(Op op);

	@Override
	public Operations createTable(String table, Column... columns) {
		requireName(table, "table");
		if (columns.length == 0) {
			throw new IllegalArgumentException("createTable(" + table + ") needs at least one column");
		}
		return run(new Op.CreateTable(table, Arrays.asList(columns)));
	}

	@Override
	public Operations dropTable(String table) {
		return run(new Op.DropTable(requireName(table, "table")));
	}

	@Override
	public Operations renameTable(String table, String newName) {
		return run(new Op.RenameTable(requireName(table, "table"), requireName(newName, "newName")));
	}

	@Override
	public Operations addColumn(String table, Column column) {
		Objects.requireNonNull(column, "'column' must not be null");
		return run(new Op.AddColumn(requireName(table, "table"), column));
	}

	@Override
	public Operations dropColumn(String table, String column) {
		return run(new Op.DropColumn(requireName(table, "table"), requireName(column, "column")));
	}

	@Override
	public Operations alterColumn(String table, String column, ColumnChange change) {
		Objects.requireNonNull(change, "'change' must not be null");
		if (change.isEmpty()) {
			throw new IllegalArgumentException("alterColumn(" + table + ", " + column
					+ ") changes nothing; say what changes, for example ColumnChange.type(ColumnType.string(200))");
		}
		return run(new Op.AlterColumn(requireName(table, "table"), requireName(column, "column"), change));
	}

	@Override
	public Operations createIndex(Index index) {
		Objects.requireNonNull(index, "'index' must not be null");
		if (index.table().isEmpty()) {
			throw new IllegalArgumentException("Index " + index.name() + " has no table; use Index.named(..).on(table, columns)");
		}
		return run(new Op.CreateIndex(index));
	}

	@Override
	public Operations dropIndex(String name, String table) {
		return run(new Op.DropIndex(requireName(name, "name"), requireName(table, "table"), false));
	}

	@Override
	public Operations createForeignKey(ForeignKey foreignKey) {
		Objects.requireNonNull(foreignKey, "'foreignKey' must not be null");
		if (foreignKey.table().isEmpty() || foreignKey.columns().isEmpty() || foreignKey.referencedTable().isEmpty()
				|| foreignKey.referencedColumns().size() != foreignKey.columns().size()) {
			throw new IllegalArgumentException("Foreign key " + foreignKey.name() + " needs from(table, columns) and"
					+ " references(table, columns) with as many referenced columns as referencing ones");
		}
		return run(new Op.CreateForeignKey(foreignKey));
	}

	@Override
	public Operations createUniqueConstraint(String name, String table, String... columns) {
		return run(new Op.CreateUnique(requireName(name, "name"), requireName(table, "table"), columns(name, columns)));
	}

	@Override
	public Operations createCheckConstraint(String name, String table, String condition) {
		Objects.requireNonNull(condition, "'condition' must not be null");
		return run(new Op.CreateCheck(requireName(name, "name"), requireName(table, "table"), condition.strip()));
	}

	@Override
	public Operations addPrimaryKey(String name, String table, String... columns) {
		return run(new Op.AddPrimaryKey(requireName(name, "name"), requireName(table, "table"), columns(name, columns)));
	}

	@Override
	public Operations dropConstraint(String name, String table, ConstraintType type) {
		Objects.requireNonNull(type, "'type' must not be null");
		return run(new Op.DropConstraint(requireName(name, "name"), requireName(table, "table"), type));
	}

	@Override
	public Operations createSequence(String name, long start, long increment) {
		if (increment == 0) {
			throw new IllegalArgumentException("Sequence " + name + " needs a non-zero increment");
		}
		return run(new Op.CreateSequence(requireName(name, "name"), start, increment));
	}

	@Override
	public Operations dropSequence(String name) {
		return run(new Op.DropSequence(requireName(name, "name")));
	}

	@Override
	public Operations execute(String sql) {
		Objects.requireNonNull(sql, "'sql' must not be null");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("execute() needs a statement");
		}
		return run(new Op.Execute(sql));
	}

	@Override
	public Operations bulkInsert(String table, List<? extends Map<String, ?>> rows) {
		Objects.requireNonNull(rows, "'rows' must not be null");
		List<Map<String, @Nullable Object>> copy = new ArrayList<>(rows.size());
		for (Map<String, ?> row : rows) {
			if (row.isEmpty()) {
				throw new IllegalArgumentException("bulkInsert(" + table + ") got a row without columns");
			}
			copy.add(new LinkedHashMap<>(row));
		}
		return run(new Op.BulkInsert(requireName(table, "table"), copy));
	}

	private Operations run(Op op) {
		perform(op);
		return this;
	}

	private static List<String> columns(String name, String[] columns) {
		if (columns.length == 0) {
			throw new IllegalArgumentException("Constraint " + name + " needs at least one column");
		}
		return List.of(columns);
	}

	private static String requireName(String name, String argument) {
		Objects.requireNonNull(name, () -> "'" + argument + "' must not be null");
		if (name.isBlank()) {
			throw new IllegalArgumentException("'" + argument + "' must not be blank");
		}
		return name;
	}

}
