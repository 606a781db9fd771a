package dev.retort.core.autogenerate;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 item 8: 300 entities against 300 tables. Not a timed assertion (machines differ); the
 * figure is printed so it can be reported, and the result is checked.
 */
class ComparatorSpeedTests {

	@Test
	void threeHundredTablesDiffQuickly() {
		SchemaModel database = schema(300, false);
		SchemaModel model = schema(300, true);
		long start = System.nanoTime();
		SchemaDiff diff = Autogenerate.compare("postgresql", database, model, AutogenerateOptions.defaults());
		long compared = System.nanoTime();
		List<String> sql = diff.upgradeStatements();
		long rendered = System.nanoTime();
		System.out.println("300 tables x 12 columns: compared in " + (compared - start) / 1_000_000
				+ " ms, rendered as SQL in " + (rendered - compared) / 1_000_000 + " ms (Liquibase start-up included)");
		assertThat(diff.differences()).hasSize(300);
		assertThat(sql).hasSize(300);
	}

	private static SchemaModel schema(int tables, boolean withEmail) {
		List<TableModel> result = new ArrayList<>();
		for (int t = 0; t < tables; t++) {
			List<ColumnModel> columns = new ArrayList<>();
			columns.add(ColumnModel.of("id", "bigint", false));
			for (int c = 0; c < 10; c++) {
				columns.add(ColumnModel.of("col_" + c, (c % 2 == 0) ? "varchar(255)" : "integer", true));
			}
			columns.add(ColumnModel.of("parent_id", "bigint", true));
			if (withEmail) {
				columns.add(ColumnModel.of("email", "varchar(255)", true));
			}
			List<ForeignKeyModel> fks = (t == 0) ? List.of()
					: List.of(new ForeignKeyModel("fk_" + t, List.of("parent_id"), "table_" + (t - 1), List.of("id")));
			result.add(new TableModel("table_" + t, columns, List.of("id"),
					List.of(new IndexModel("ix_" + t + "_col_0", List.of("col_0"), false)),
					List.of(new UniqueModel("uk_" + t + "_col_1", List.of("col_1"))), fks));
		}
		return new SchemaModel(result, List.of());
	}

}
