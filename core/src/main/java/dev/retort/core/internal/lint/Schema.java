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
 * dropped and renamed columns of a table not read yet are kept as {@link Change changes} and
 * replayed when it is read. So linting the pending revisions costs the same whatever the number of
 * applied ones, and reads none of them when no rule needs a type.
 */
final class Schema {

	private final Map<String, Map<String, ColumnType>> columns = new HashMap<>();

	private final Set<String> newTables = new HashSet<>();

	private final Set<String> newIndexes = new HashSet<>();

	/** Tables whose columns are not known: dropped or renamed away. */
	private final Set<String> gone = new HashSet<>();

	/** Column changes to tables whose earlier columns are not read yet, in statement order. */
	private final Map<String, List<Change>> changes = new HashMap<>();

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
			List<Change> pending = this.changes.remove(table);
			if (pending != null) {
				for (Change change : pending) {
					change.apply(known);
				}
			}
			this.columns.put(table, known);
		}
		return known;
	}

	/** Apply a change now when the table's columns are read, else keep it for when they are. */
	private void change(String table, Change change) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known != null) {
			change.apply(known);
		}
		else {
			List<Change> pending = this.changes.get(table);
			if (pending == null) {
				pending = new ArrayList<>();
				this.changes.put(table, pending);
			}
			pending.add(change);
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
			change(table, new Change(column, null, type));
		}
	}

	void dropColumn(String table, String column) {
		change(table, new Change(column, null, null));
	}

	void renameColumn(String table, String from, String to) {
		change(table, new Change(from, to, null));
	}

	Map<String, ColumnType> snapshot(String table) {
		return Map.copyOf(columns(table));
	}

	Optional<ColumnType> type(String table, String column) {
		return Optional.ofNullable(columns(table).get(column));
	}

	/**
	 * One column change: {@code type} set: the column now has that type; {@code renamedTo} set:
	 * renamed; neither: dropped.
	 * @param column the column
	 * @param renamedTo its new name, for a rename
	 * @param type its type, for an added or changed column
	 */
	private record Change(String column, @Nullable String renamedTo, @Nullable ColumnType type) {

		void apply(Map<String, ColumnType> known) {
			if (this.type != null) {
				known.put(this.column, this.type);
			}
			else if (this.renamedTo == null) {
				known.remove(this.column);
			}
			else if (known.containsKey(this.column)) {
				known.put(this.renamedTo, known.remove(this.column));
			}
		}

	}

}
