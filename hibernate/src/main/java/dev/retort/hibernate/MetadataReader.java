package dev.retort.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.core.autogenerate.SequenceModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;

/**
 * Walks Hibernate's relational model ({@code Metadata.getDatabase()}) into a {@link SchemaModel}:
 * the tables, columns, keys, indexes and sequences that Hibernate's own schema export would create.
 */
final class MetadataReader {

	private final Metadata metadata;

	MetadataReader(Metadata metadata) {
		this.metadata = metadata;
	}

	SchemaModel read() {
		List<TableModel> tables = new ArrayList<>();
		List<SequenceModel> sequences = new ArrayList<>();
		for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
			for (Table table : namespace.getTables()) {
				if (table.isPhysicalTable() && !table.isView()) {
					tables.add(table(table));
				}
			}
			for (Sequence sequence : namespace.getSequences()) {
				sequences.add(new SequenceModel(sequence.getName().getSequenceName().getText(),
						sequence.getInitialValue(), sequence.getIncrementSize()));
			}
		}
		return new SchemaModel(tables, sequences);
	}

	private TableModel table(Table table) {
		List<ColumnModel> columns = new ArrayList<>();
		for (Column column : table.getColumns()) {
			columns.add(new ColumnModel(column.getName(), column.getSqlType(this.metadata), column.isNullable(),
					Optional.ofNullable(column.getDefaultValue()), column.isIdentity()));
		}
		List<String> primaryKey = (table.getPrimaryKey() != null)
				? names(table.getPrimaryKey().getColumns()) : List.of();
		List<IndexModel> indexes = new ArrayList<>();
		for (Index index : table.getIndexes().values()) {
			indexes.add(new IndexModel(index.getName(), names(index.getColumns()), index.isUnique()));
		}
		List<UniqueModel> uniques = new ArrayList<>();
		for (UniqueKey unique : table.getUniqueKeys().values()) {
			List<String> uniqueColumns = names(unique.getColumns());
			if (!table.isRedundantUniqueKey(unique) && !uniqueColumns.equals(primaryKey)) {
				uniques.add(new UniqueModel(unique.getName(), uniqueColumns));
			}
		}
		for (Column column : table.getColumns()) {
			// @Column(unique = true) is a column flag, not a UniqueKey, until Hibernate exports the schema
			List<String> single = List.of(column.getName());
			if (column.isUnique() && !single.equals(primaryKey)
					&& uniques.stream().noneMatch((unique) -> unique.columns().equals(single))) {
				uniques.add(new UniqueModel(uniqueName(table.getName(), column.getName()), single));
			}
		}
		List<ForeignKeyModel> foreignKeys = new ArrayList<>();
		for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
			if (foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()) {
				Table referenced = foreignKey.getReferencedTable();
				List<String> referencedColumns = foreignKey.getReferencedColumns().isEmpty()
						? names(referenced.getPrimaryKey().getColumns()) : names(foreignKey.getReferencedColumns());
				foreignKeys.add(new ForeignKeyModel(foreignKey.getName(), names(foreignKey.getColumns()),
						referenced.getName(), referencedColumns));
			}
		}
		return new TableModel(table.getName(), columns, primaryKey, indexes, uniques, foreignKeys);
	}

	/** PostgreSQL truncates names at 63 characters; a shorter name keeps the three databases alike. */
	private static String uniqueName(String table, String column) {
		String name = "uk_" + table + "_" + column;
		return (name.length() <= 60) ? name : name.substring(0, 60);
	}

	private static List<String> names(List<Column> columns) {
		return columns.stream().map(Column::getName).toList();
	}

}
