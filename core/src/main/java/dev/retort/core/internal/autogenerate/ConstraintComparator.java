package dev.retort.core.internal.autogenerate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.retort.core.autogenerate.CheckModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;

/**
 * Compares one table's indexes and unique constraints by their columns, not their names: the
 * names Hibernate generates and the names a database gives backing indexes rarely agree. A unique
 * index and a unique constraint on the same columns are the same thing (MariaDB cannot tell them
 * apart anyway), and an index the database made to back a foreign key is not a difference.
 * Check constraints are compared here too.
 */
final class ConstraintComparator {

	private final String table;

	private final TableModel current;

	private final TableModel wanted;

	private final List<SchemaOp> drops;

	private final List<SchemaOp> adds;

	ConstraintComparator(String table, TableModel current, TableModel wanted, List<SchemaOp> drops,
			List<SchemaOp> adds) {
		this.table = table;
		this.current = current;
		this.wanted = wanted;
		this.drops = drops;
		this.adds = adds;
	}

	void compare() {
		Map<String, Deque<Object>> uniques = uniques(this.current);
		uniques(this.wanted).forEach((key, objects) -> {
			for (Object wantedObject : objects) {
				Deque<Object> existing = uniques.get(key);
				if (existing == null || existing.poll() == null) {
					this.adds.add(add(wantedObject));
				}
			}
		});
		uniques.values().forEach((left) -> left.forEach((object) -> this.drops.add(drop(this.current.name(), object))));

		Map<String, Deque<Object>> indexes = indexes(this.current);
		indexes(this.wanted).forEach((key, objects) -> {
			for (Object wantedObject : objects) {
				Deque<Object> existing = indexes.get(key);
				if (existing == null || existing.poll() == null) {
					this.adds.add(add(wantedObject));
				}
			}
		});
		Set<String> foreignKeyColumns = new HashSet<>();
		for (ForeignKeyModel fk : this.current.foreignKeys()) {
			foreignKeyColumns.add(columnsKey(fk.columns()));
		}
		indexes.forEach((key, left) -> {
			if (!foreignKeyColumns.contains(key)) {
				left.forEach((object) -> this.drops.add(drop(this.current.name(), object)));
			}
		});
		checks();
	}

	/**
	 * Check constraints match by name, or by condition once each database's spelling (quotes,
	 * parentheses, spaces, case) is taken off: H2 and MariaDB name the checks Hibernate leaves
	 * unnamed themselves, and every database rewrites conditions in its own way.
	 */
	private void checks() {
		List<CheckModel> existing = new ArrayList<>(this.current.checks());
		for (CheckModel check : this.wanted.checks()) {
			CheckModel match = existing.stream()
				.filter((candidate) -> SchemaComparator.key(candidate.name()).equals(SchemaComparator.key(check.name())))
				.findFirst()
				.orElseGet(() -> existing.stream()
					.filter((candidate) -> condition(candidate.expression()).equals(condition(check.expression())))
					.findFirst()
					.orElse(null));
			if (match == null) {
				this.adds.add(new SchemaOp.AddCheck(this.table, check));
			}
			else {
				existing.remove(match);
			}
		}
		existing.forEach((gone) -> this.drops.add(new SchemaOp.DropCheck(this.current.name(), gone)));
	}

	static String condition(String expression) {
		return expression.replaceAll("[\"`()\\s]", "").toLowerCase(Locale.ROOT);
	}


	private SchemaOp add(Object object) {
		return (object instanceof UniqueModel unique) ? new SchemaOp.AddUnique(this.table, unique)
				: new SchemaOp.CreateIndex(this.table, (IndexModel) object);
	}

	private static SchemaOp drop(String table, Object object) {
		return (object instanceof UniqueModel unique) ? new SchemaOp.DropUnique(table, unique)
				: new SchemaOp.DropIndex(table, (IndexModel) object);
	}

	private static Map<String, Deque<Object>> uniques(TableModel table) {
		Map<String, Deque<Object>> map = new LinkedHashMap<>();
		table.uniques().forEach((unique) -> put(map, unique.columns(), unique));
		table.indexes().stream().filter(IndexModel::unique).forEach((index) -> put(map, index.columns(), index));
		return map;
	}

	private static Map<String, Deque<Object>> indexes(TableModel table) {
		Map<String, Deque<Object>> map = new LinkedHashMap<>();
		table.indexes().stream().filter((index) -> !index.unique()).forEach((index) -> put(map, index.columns(), index));
		return map;
	}

	private static void put(Map<String, Deque<Object>> map, List<String> columns, Object object) {
		map.computeIfAbsent(columnsKey(columns), (key) -> new ArrayDeque<>()).add(object);
	}

	static String columnsKey(List<String> columns) {
		return SchemaComparator.key(String.join(",", columns));
	}

}
