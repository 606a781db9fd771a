package dev.retort.core.internal.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What lint knows of the schema while it walks the revisions in order: the tables and indexes the
 * current revision created (new, so empty: no locking or data findings on them) and the column
 * types every earlier statement declared (to tell widening from narrowing). Any other table is an
 * existing table with data. The revisions before the linted ones are read only for a table whose
 * column types a linted statement needs (a type change, MariaDB's MODIFY and CHANGE): added,
 * dropped and renamed columns of a table not read yet are kept as changes and replayed when it is
 * read. So linting the pending revisions costs the same whatever the number of
 * applied ones, and reads none of them when no rule needs a type.
 */
final class Schema {

	private final Map<String, Map<String, ColumnType>> columns = new HashMap<>();

	private final Set<String> newTables = new HashSet<>();

	private final Set<String> newIndexes = new HashSet<>();

	/** Tables whose columns are not known: dropped or renamed away. */
	private final Set<String> gone = new HashSet<>();

	/**
	 * Column changes to tables whose earlier columns are not read yet, in statement order, three
	 * entries each: the column; its new name, for a rename; its type, for an added or changed
	 * column (neither: dropped). Entries rather than an object per change: one class less to load
	 * on the first start-up lint.
	 */
	private final Map<String, List<@Nullable Object>> changes = new HashMap<>();

	/**
	 * Reads the column types of a table from the revisions before the linted ones, on first need;
	 * {@code null} when there are none.
	 */
	private final @Nullable RevisionLinter history;

	Schema(@Nullable RevisionLinter history) {
		this.history = history;
	}

	/** A new revision starts: what the previous one created now exists, with data. */
	void startRevision() {
		this.newTables.clear();
		this.newIndexes.clear();
	}

	void createTable(String table) {
		this.newTables.add(table);
		this.gone.remove(table);
		this.changes.remove(table);
		this.columns.put(table, new HashMap<>());
	}

	/**
	 * The known columns of a table, read from earlier revisions the first time (with the changes
	 * made to it since replayed).
	 */
	private Map<String, ColumnType> columns(String table) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known == null) {
			known = (this.gone.contains(table) || this.history == null) ? new HashMap<>()
					: new HashMap<>(this.history.columnsFromHistory(table));
			List<@Nullable Object> pending = this.changes.remove(table);
			if (pending != null) {
				for (int i = 0; i < pending.size(); i += 3) {
					apply(known, (String) pending.get(i), (String) pending.get(i + 1), (ColumnType) pending.get(i + 2));
				}
			}
			this.columns.put(table, known);
		}
		return known;
	}

	/**
	 * Apply a change now when the table's columns are read, else keep it for when they are.
	 * @param table the table
	 * @param column the column
	 * @param renamedTo its new name, for a rename
	 * @param type its type, for an added or changed column; neither: dropped
	 */
	private void change(String table, String column, @Nullable String renamedTo, @Nullable ColumnType type) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known != null) {
			apply(known, column, renamedTo, type);
		}
		else {
			List<@Nullable Object> pending = this.changes.get(table);
			if (pending == null) {
				pending = new ArrayList<>();
				this.changes.put(table, pending);
			}
			pending.add(column);
			pending.add(renamedTo);
			pending.add(type);
		}
	}

	private static void apply(Map<String, ColumnType> known, String column, @Nullable String renamedTo,
			@Nullable ColumnType type) {
		if (type != null) {
			known.put(column, type);
		}
		else if (renamedTo == null) {
			known.remove(column);
		}
		else if (known.containsKey(column)) {
			known.put(renamedTo, known.remove(column));
		}
	}

	void createIndex(String index) {
		this.newIndexes.add(index);
	}

	void dropTable(String table) {
		this.newTables.remove(table);
		this.columns.remove(table);
		this.changes.remove(table);
		this.gone.add(table);
	}

	void renameTable(String from, String to) {
		Map<String, ColumnType> moved = columns(from);
		this.columns.remove(from);
		this.gone.add(from);
		this.gone.remove(to);
		this.changes.remove(to);
		this.columns.put(to, moved);
		if (this.newTables.remove(from)) {
			this.newTables.add(to);
		}
	}

	boolean isNew(String table) {
		return this.newTables.contains(table);
	}

	boolean isNewIndex(String index) {
		return this.newIndexes.contains(index);
	}

	void column(String table, String column, ColumnType type) {
		if (type.isKnown()) {
			change(table, column, null, type);
		}
	}

	void dropColumn(String table, String column) {
		change(table, column, null, null);
	}

	void renameColumn(String table, String from, String to) {
		change(table, from, to, null);
	}

	Map<String, ColumnType> snapshot(String table) {
		return Map.copyOf(columns(table));
	}

	Optional<ColumnType> type(String table, String column) {
		return Optional.ofNullable(columns(table).get(column));
	}

}
