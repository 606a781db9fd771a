package dev.retort.core.internal.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What lint knows of the schema while it walks the revisions in order: the tables and indexes the
 * current revision created (new, so empty: no locking or data findings on them) and the column
 * types every earlier statement declared (to tell widening from narrowing). Any other table is an
 * existing table with data.
 */
final class Schema {

	private final Map<String, Map<String, ColumnType>> columns = new HashMap<>();

	private final Set<String> newTables = new HashSet<>();

	private final Set<String> newIndexes = new HashSet<>();

	/** A new revision starts: what the previous one created now exists, with data. */
	void startRevision() {
		this.newTables.clear();
		this.newIndexes.clear();
	}

	void createTable(String table) {
		this.newTables.add(table);
		this.columns.put(table, new HashMap<>());
	}

	void createIndex(String index) {
		this.newIndexes.add(index);
	}

	void dropTable(String table) {
		this.newTables.remove(table);
		this.columns.remove(table);
	}

	void renameTable(String from, String to) {
		Map<String, ColumnType> moved = this.columns.remove(from);
		if (moved != null) {
			this.columns.put(to, moved);
		}
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
			this.columns.computeIfAbsent(table, (name) -> new HashMap<>()).put(column, type);
		}
	}

	void dropColumn(String table, String column) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known != null) {
			known.remove(column);
		}
	}

	void renameColumn(String table, String from, String to) {
		Map<String, ColumnType> known = this.columns.get(table);
		if (known != null && known.containsKey(from)) {
			known.put(to, known.remove(from));
		}
	}

	Optional<ColumnType> type(String table, String column) {
		return Optional.ofNullable(this.columns.getOrDefault(table, Map.of()).get(column));
	}

}
