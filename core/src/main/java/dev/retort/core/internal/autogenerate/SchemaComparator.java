package dev.retort.core.internal.autogenerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IncludeFilter.ObjectType;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.core.autogenerate.SequenceModel;
import dev.retort.core.autogenerate.TableModel;

/**
 * Compares the database's schema with the model's, in time linear in the number of objects: every
 * side is indexed by a case-insensitive key once, then each key is looked up once. Operations come
 * out in an order that can run as written: foreign keys and indexes are dropped first and added
 * last, tables are created before columns are added.
 *
 * @since 0.1.0
 */
public final class SchemaComparator {

	private final AutogenerateOptions options;

	private final List<SchemaOp> dropForeignKeys = new ArrayList<>();

	private final List<SchemaOp> dropIndexes = new ArrayList<>();

	private final List<SchemaOp> createSequences = new ArrayList<>();

	private final List<SchemaOp> createTables = new ArrayList<>();

	private final List<SchemaOp> addColumns = new ArrayList<>();

	private final List<SchemaOp> alterColumns = new ArrayList<>();

	private final List<SchemaOp> dropColumns = new ArrayList<>();

	private final List<SchemaOp> dropTables = new ArrayList<>();

	private final List<SchemaOp> dropSequences = new ArrayList<>();

	private final List<SchemaOp> addIndexes = new ArrayList<>();

	private final List<SchemaOp> addForeignKeys = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private int databaseTables;

	private int modelTables;

	private SchemaComparator(AutogenerateOptions options) {
		this.options = options;
	}

	/**
	 * What it takes to turn the database's schema into the model's.
	 *
	 * @param operations the upgrade operations in the order they run
	 * @param notes hints for the reader, such as a drop and an add that may be a rename
	 * @param databaseTables how many tables of the database were compared (after exclusions)
	 * @param modelTables how many tables the model declares (after exclusions)
	 */
	public record Result(List<SchemaOp> operations, List<String> notes, int databaseTables, int modelTables) {

		public Result {
			operations = List.copyOf(operations);
			notes = List.copyOf(notes);
		}

	}

	/**
	 * Compare.
	 * @param database what the database holds
	 * @param model what the entities declare
	 * @param options filters and what to compare
	 * @return the upgrade operations and notes
	 */
	public static Result compare(SchemaModel database, SchemaModel model, AutogenerateOptions options) {
		SchemaComparator comparator = new SchemaComparator(options);
		comparator.sequences(database.sequences(), model.sequences());
		comparator.tables(database.tables(), model.tables());
		List<SchemaOp> all = new ArrayList<>();
		for (List<SchemaOp> bucket : List.of(comparator.dropForeignKeys, comparator.dropIndexes,
				comparator.createSequences, comparator.createTables, comparator.addColumns, comparator.alterColumns,
				comparator.dropColumns, comparator.dropTables, comparator.dropSequences, comparator.addIndexes,
				comparator.addForeignKeys)) {
			all.addAll(bucket);
		}
		return new Result(all, comparator.notes, comparator.databaseTables, comparator.modelTables);
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private void sequences(List<SequenceModel> database, List<SequenceModel> model) {
		Map<String, SequenceModel> existing = index(database, SequenceModel::name, ObjectType.SEQUENCE, "", true);
		for (SequenceModel wanted : index(model, SequenceModel::name, ObjectType.SEQUENCE, "", false).values()) {
			SequenceModel current = existing.remove(key(wanted.name()));
			if (current == null) {
				this.createSequences.add(new SchemaOp.CreateSequence(wanted));
			}
			else if (new SchemaOp.AlterSequence(current, wanted).changes()) {
				// a changed start is rendered as START WITH, which never moves the next value (see Risks)
				this.createSequences.add(new SchemaOp.AlterSequence(current, wanted));
			}
		}
		existing.values().forEach((gone) -> this.dropSequences.add(new SchemaOp.DropSequence(gone)));
	}

	private void tables(List<TableModel> database, List<TableModel> model) {
		Map<String, TableModel> existing = index(database, TableModel::name, ObjectType.TABLE, "", true);
		Map<String, TableModel> wantedTables = index(model, TableModel::name, ObjectType.TABLE, "", false);
		this.databaseTables = existing.size();
		this.modelTables = wantedTables.size();
		List<TableModel> added = new ArrayList<>();
		for (TableModel wanted : wantedTables.values()) {
			TableModel current = existing.remove(key(wanted.name()));
			if (current == null) {
				TableModel filtered = filtered(wanted, false);
				this.createTables.add(new SchemaOp.CreateTable(filtered.withoutForeignKeys()));
				filtered.foreignKeys()
					.forEach((fk) -> this.addForeignKeys.add(new SchemaOp.AddForeignKey(wanted.name(), fk)));
				added.add(wanted);
			}
			else {
				table(filtered(current, true), filtered(wanted, false));
			}
		}
		for (TableModel gone : existing.values()) {
			TableModel filtered = filtered(gone, true);
			filtered.foreignKeys()
				.forEach((fk) -> this.dropForeignKeys.add(new SchemaOp.DropForeignKey(gone.name(), fk)));
			this.dropTables.add(new SchemaOp.DropTable(filtered.withoutForeignKeys()));
			added.stream()
				.filter((table) -> table.columns().size() == gone.columns().size())
				.findFirst()
				.ifPresent((table) -> this.notes.add(renameNote("table", gone.name(), table.name())));
		}
	}

	private void table(TableModel current, TableModel wanted) {
		String table = wanted.name();
		Map<String, ColumnModel> existing = new LinkedHashMap<>();
		current.columns().forEach((column) -> existing.put(key(column.name()), column));
		List<ColumnModel> added = new ArrayList<>();
		for (ColumnModel column : wanted.columns()) {
			ColumnModel before = existing.remove(key(column.name()));
			if (before == null) {
				this.addColumns.add(new SchemaOp.AddColumn(table, column));
				added.add(column);
			}
			else {
				alter(table, before, column).ifPresent(this.alterColumns::add);
				if (!Objects.equals(before.comment(), column.comment())) {
					this.alterColumns.add(new SchemaOp.AlterColumnComment(table, before, column));
				}
			}
		}
		if (!Objects.equals(current.comment(), wanted.comment())) {
			this.alterColumns.add(new SchemaOp.AlterTableComment(table, current.comment(), wanted.comment()));
		}
		if (!wanted.primaryKey().isEmpty() && !current.primaryKey().isEmpty()
				&& !key(String.join(",", current.primaryKey())).equals(key(String.join(",", wanted.primaryKey())))) {
			this.alterColumns.add(new SchemaOp.AlterPrimaryKey(table, current.primaryKey(), wanted.primaryKey()));
		}
		for (ColumnModel gone : existing.values()) {
			this.dropColumns.add(new SchemaOp.DropColumn(current.name(), gone));
			NormalizedType type = NormalizedType.of(gone.type());
			added.stream()
				.filter((column) -> NormalizedType.of(column.type()).sameAs(type))
				.findFirst()
				.ifPresent((column) -> this.notes.add(renameNote("column", table + "." + gone.name(),
						table + "." + column.name())));
		}
		new ConstraintComparator(table, current, wanted, this.dropIndexes, this.addIndexes).compare();
		foreignKeys(table, current, wanted);
	}

	private Optional<SchemaOp> alter(String table, ColumnModel before, ColumnModel after) {
		boolean type = this.options.compareTypes()
				&& !NormalizedType.of(before.type()).sameAs(NormalizedType.of(after.type()));
		boolean nullable = before.nullable() != after.nullable();
		boolean defaultValue = this.options.compareServerDefaults() && !before.autoIncrement()
				&& !after.autoIncrement()
				&& !Objects.equals(Defaults.normalize(before.defaultValue()), Defaults.normalize(after.defaultValue()));
		if (!type && !nullable && !defaultValue) {
			return Optional.empty();
		}
		return Optional.of(new SchemaOp.AlterColumn(table, before, after, type, nullable, defaultValue));
	}

	private void foreignKeys(String table, TableModel current, TableModel wanted) {
		Map<String, ForeignKeyModel> existing = new LinkedHashMap<>();
		current.foreignKeys().forEach((fk) -> existing.putIfAbsent(fkKey(fk), fk));
		for (ForeignKeyModel fk : wanted.foreignKeys()) {
			if (existing.remove(fkKey(fk)) == null) {
				this.addForeignKeys.add(new SchemaOp.AddForeignKey(table, fk));
			}
		}
		existing.values().forEach((fk) -> this.dropForeignKeys.add(new SchemaOp.DropForeignKey(current.name(), fk)));
	}

	static String fkKey(ForeignKeyModel fk) {
		return key(String.join(",", fk.columns()) + "->" + fk.referencedTable() + "("
				+ String.join(",", fk.referencedColumns()) + ")" + fk.onDelete().map((action) -> " on delete " + action)
					.orElse(""));
	}

	/** Columns, constraints and indexes the include filter rejects are left out of a table. */
	private TableModel filtered(TableModel table, boolean reflected) {
		String name = table.name();
		return new TableModel(name,
				table.columns().stream().filter((c) -> included(ObjectType.COLUMN, c.name(), name, reflected)).toList(),
				table.primaryKey(),
				table.indexes().stream().filter((i) -> included(ObjectType.INDEX, i.name(), name, reflected)).toList(),
				table.uniques().stream()
					.filter((u) -> included(ObjectType.UNIQUE_CONSTRAINT, u.name(), name, reflected))
					.toList(),
				table.foreignKeys().stream()
					.filter((f) -> included(ObjectType.FOREIGN_KEY, f.name(), name, reflected))
					.filter((f) -> !this.options.excludes(f.referencedTable()))
					.toList(),
				table.checks(), table.comment());
	}

	private <T> Map<String, T> index(List<T> objects, java.util.function.Function<T, String> name, ObjectType type,
			String table, boolean reflected) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T object : objects) {
			String objectName = name.apply(object);
			if ((type != ObjectType.TABLE || !this.options.excludes(objectName))
					&& included(type, objectName, table, reflected)) {
				map.putIfAbsent(key(objectName), object);
			}
		}
		return map;
	}

	private boolean included(ObjectType type, String name, String table, boolean reflected) {
		return this.options.include().include(type, name, table, reflected);
	}

	private static String renameNote(String kind, String from, String to) {
		return "Dropping " + kind + " " + from + " and adding " + to + " may be a rename: autogenerate cannot "
				+ "detect renames, so data in " + from + " is lost unless you edit this revision to rename instead";
	}

}
