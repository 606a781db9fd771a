package dev.retort.core.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small builders for schema fixtures, so that each comparator test states its "database" and its
 * "model" in a few lines.
 */
final class Schemas {

	private Schemas() {
	}

	static SchemaModel schema(TableModel... tables) {
		return new SchemaModel(List.of(tables), List.of());
	}

	static SchemaModel schema(List<SequenceModel> sequences, TableModel... tables) {
		return new SchemaModel(List.of(tables), sequences);
	}

	static Table table(String name) {
		return new Table(name);
	}

	static ColumnModel column(String name, String type) {
		return ColumnModel.of(name, type, true);
	}

	static ColumnModel notNull(String name, String type) {
		return ColumnModel.of(name, type, false);
	}

	static ColumnModel withDefault(String name, String type, String defaultValue) {
		return new ColumnModel(name, type, true, Optional.of(defaultValue), false);
	}

	/** A mutable table builder ending in {@link #build()}. */
	static final class Table {

		private final String name;

		private final List<ColumnModel> columns = new ArrayList<>();

		private List<String> primaryKey = List.of();

		private final List<IndexModel> indexes = new ArrayList<>();

		private final List<UniqueModel> uniques = new ArrayList<>();

		private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();

		Table(String name) {
			this.name = name;
		}

		Table id() {
			this.columns.add(ColumnModel.of("id", "bigint", false));
			this.primaryKey = List.of("id");
			return this;
		}

		Table columns(ColumnModel... columns) {
			this.columns.addAll(List.of(columns));
			return this;
		}

		Table index(String name, String... columns) {
			this.indexes.add(new IndexModel(name, List.of(columns), false));
			return this;
		}

		Table uniqueIndex(String name, String... columns) {
			this.indexes.add(new IndexModel(name, List.of(columns), true));
			return this;
		}

		Table unique(String name, String... columns) {
			this.uniques.add(new UniqueModel(name, List.of(columns)));
			return this;
		}

		Table foreignKey(String name, String column, String table) {
			this.foreignKeys.add(new ForeignKeyModel(name, List.of(column), table, List.of("id")));
			return this;
		}

		TableModel build() {
			return new TableModel(this.name, this.columns, this.primaryKey, this.indexes, this.uniques,
					this.foreignKeys);
		}

	}

}
