package dev.retort.core.internal.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What lint knows of the schema while it walks the revisions in order: the tables and indexes the
 * current revision created (new, so empty: no locking or data findings on them) and the column
 * types every earlier statement declared (to tell widening from narrowing). Any other table is an
 * existing table with data. The revisions before the linted ones are read only for a table whose
 * column types a linted statement needs, so linting the pending revisions costs the same whatever
 * the number of applied ones.
 */
final class Schema {

	private final Map<String, Map<String, ColumnType>> columns = new HashMap<>();

	private final Set<String> newTables = new HashSet<>();

	private final Set<String> newIndexes = new HashSet<>();

	/** Tables whose columns are not known: dropped or renamed away. */
	private final Set<String> gone = new HashSet<>();

	/** Reads the column types of a table from the revisions before the linted ones, on first need. */
	private final Function<String, Map<String, ColumnType>> history;

	Schema(Function<String, Map<String, ColumnType>> history) {
		this.history = history;
	}

	Schema() {
		this((table) -> new HashMap<>());
	}

	/** A new revision starts: what the previous one created now exists, with data. */
	void startRevision() {
		this.newTables.clear();
		this.newIndexes.clear();
	}

	void createTable(String table) {
		this.newTables.add(table);
		this.gone.remove(table);
		this.columns.put(table, new HashMap<>());
	}

	/** The known columns of a table, read from earlier revisions the first time. */
	private Map<String, ColumnType> columns(String table) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known == null) {
			known = this.gone.contains(table) ? new HashMap<>() : new HashMap<>(this.history.apply(table));
			this.columns.put(table, known);
		}
		return known;
	}

	void createIndex(String index) {
		this.newIndexes.add(index);
	}

	void dropTable(String table) {
		this.newTables.remove(table);
		this.columns.remove(table);
		this.gone.add(table);
	}

	void renameTable(String from, String to) {
		Map<String, ColumnType> moved = columns(from);
		this.columns.remove(from);
		this.gone.add(from);
		this.gone.remove(to);
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
			columns(table).put(column, type);
		}
	}

	void dropColumn(String table, String column) {
		columns(table).remove(column);
	}

	void renameColumn(String table, String from, String to) {
		Map<String, ColumnType> known = columns(table);
		if (known.containsKey(from)) {
			known.put(to, known.remove(from));
		}
	}

	Map<String, ColumnType> snapshot(String table) {
		return Map.copyOf(columns(table));
	}

	Optional<ColumnType> type(String table, String column) {
		return Optional.ofNullable(columns(table).get(column));
	}

}
