package dev.retort.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import dev.retort.core.autogenerate.CheckModel;
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

	private final boolean foldsToLowerCase;

	/**
	 * @param metadata the mapping
	 * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}
	 */
	MetadataReader(Metadata metadata, String dialect) {
		this.metadata = metadata;
		this.foldsToLowerCase = !dialect.equals("mariadb");
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
				sequences.add(new SequenceModel(fold(sequence.getName().getSequenceName().getText(),
						sequence.getName().getSequenceName().isQuoted()),
						sequence.getInitialValue(), sequence.getIncrementSize(), cache()));
			}
		}
		return new SchemaModel(tables, sequences);
	}

	private TableModel table(Table table) {
		List<ColumnModel> columns = new ArrayList<>();
		for (Column column : table.getColumns()) {
			columns.add(new ColumnModel(name(column), column.getSqlType(this.metadata), column.isNullable(),
					Optional.ofNullable(column.getDefaultValue()), column.isIdentity(),
					Optional.ofNullable(column.getComment())));
		}
		List<String> primaryKey = (table.getPrimaryKey() != null)
				? names(table.getPrimaryKey().getColumns()) : List.of();
		List<IndexModel> indexes = new ArrayList<>();
		for (Index index : table.getIndexes().values()) {
			indexes.add(new IndexModel(fold(index.getName(), false), names(index.getColumns()), index.isUnique()));
		}
		List<UniqueModel> uniques = new ArrayList<>();
		for (UniqueKey unique : table.getUniqueKeys().values()) {
			List<String> uniqueColumns = names(unique.getColumns());
			if (!table.isRedundantUniqueKey(unique) && !uniqueColumns.equals(primaryKey)) {
				String name = (inlineUniques() && !unique.isNameExplicit())
						? tableName(table) + "_" + String.join("_", uniqueColumns) + "_key" : fold(unique.getName(), false);
				uniques.add(new UniqueModel(name, uniqueColumns));
			}
		}
		for (Column column : table.getColumns()) {
			// @Column(unique = true) is a column flag, not a UniqueKey, until Hibernate exports the schema
			List<String> single = List.of(name(column));
			if (column.isUnique() && !single.equals(primaryKey)
					&& uniques.stream().noneMatch((unique) -> unique.columns().equals(single))) {
				uniques.add(new UniqueModel(uniqueName(table, column), single));
			}
		}
		List<ForeignKeyModel> foreignKeys = new ArrayList<>();
		for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
			if (foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()) {
				Table referenced = foreignKey.getReferencedTable();
				List<String> referencedColumns = foreignKey.getReferencedColumns().isEmpty()
						? names(referenced.getPrimaryKey().getColumns()) : names(foreignKey.getReferencedColumns());
				// Hibernate writes its FK names unquoted: PostgreSQL and H2 fold them
				OnDeleteAction onDelete = foreignKey.getOnDeleteAction();
				foreignKeys.add(new ForeignKeyModel(fold(foreignKey.getName(), false), names(foreignKey.getColumns()),
						tableName(referenced), referencedColumns,
						(onDelete == null || onDelete == OnDeleteAction.NO_ACTION) ? Optional.empty()
								: Optional.of(onDelete.name().replace('_', ' '))));
			}
		}
		return new TableModel(tableName(table), columns, primaryKey, indexes, uniques, foreignKeys, checks(table),
				Optional.ofNullable(table.getComment()));
	}

	/**
	 * Column checks (enums stored as text, {@code @Check} on a field) and table checks. Hibernate
	 * leaves most unnamed: they get the name the database would give them, so that the same
	 * constraint is found again when comparing.
	 */
	private List<CheckModel> checks(Table table) {
		List<CheckModel> checks = new ArrayList<>();
		String tableName = tableName(table);
		for (Column column : table.getColumns()) {
			// as Hibernate writes them: the unnamed ones of a column as one check, joined with and
			List<String> anonymous = new ArrayList<>();
			for (CheckConstraint check : column.getCheckConstraints()) {
				if (check.isAnonymous()) {
					anonymous.add(check.getConstraintInParens());
				}
				else {
					checks.add(new CheckModel(fold(check.getName(), false), check.getConstraint()));
				}
			}
			if (!anonymous.isEmpty()) {
				String name = this.foldsToLowerCase ? tableName + "_" + name(column) + "_check" : name(column);
				checks.add(new CheckModel(fold(name, false), String.join(" and ", anonymous)));
			}
		}
		int unnamed = 0;
		for (CheckConstraint check : table.getChecks()) {
			String name = check.getName();
			if (!check.isNamed()) {
				unnamed++;
				name = this.foldsToLowerCase ? tableName + "_check" + ((unnamed > 1) ? String.valueOf(unnamed - 1) : "")
						: "CONSTRAINT_" + unnamed;
			}
			checks.add(new CheckModel(fold(name, false), check.getConstraint()));
		}
		return checks;
	}

	/**
	 * The name of {@code @Column(unique = true)}'s constraint as the database ends up with it:
	 * where Hibernate declares it inline ({@code email varchar(200) unique}, H2 and PostgreSQL) the
	 * database names it ({@code customers_email_key} on PostgreSQL); elsewhere Hibernate adds it
	 * under its own name.
	 */
	private String uniqueName(Table table, Column column) {
		if (inlineUniques() || column.getUniqueKeyName() == null) {
			return tableName(table) + "_" + name(column) + "_key";
		}
		return fold(column.getUniqueKeyName(), false);
	}

	/**
	 * The cache Hibernate's dialect gives every sequence it creates: none on MariaDB, where it writes
	 * {@code nocache}; elsewhere it says nothing, and the database's default is not compared.
	 */
	private OptionalLong cache() {
		String ddl = this.metadata.getDatabase().getDialect().getSequenceSupport().getCreateSequenceString("s", 1, 1);
		return ddl.toLowerCase(java.util.Locale.ROOT).contains("nocache") ? OptionalLong.of(0) : OptionalLong.empty();
	}

	/** Whether Hibernate declares unique keys it has not been given a name for inside the table, unnamed. */
	private boolean inlineUniques() {
		return this.metadata.getDatabase().getDialect().getUniqueDelegate() instanceof CreateTableUniqueDelegate;
	}

	private List<String> names(List<Column> columns) {
		return columns.stream().map(this::name).toList();
	}

	private String name(Column column) {
		return fold(column.getName(), column.isQuoted());
	}

	private String tableName(Table table) {
		return fold(table.getName(), table.isQuoted());
	}

	/** The name as the database keeps it: unquoted names are folded to lower case except on MariaDB. */
	private String fold(String name, boolean quoted) {
		return (this.foldsToLowerCase && !quoted) ? name.toLowerCase(java.util.Locale.ROOT) : name;
	}

}
