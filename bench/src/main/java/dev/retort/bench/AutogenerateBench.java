package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.autogenerate.SchemaModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;

/**
 * Workload E: autogenerate against a live database of 300 tables (12 columns, a primary key, an
 * index, a unique constraint and a foreign key each). The entity side is a model of 300 tables in
 * which every table gained a column, so the diff finds 300 differences; it is built directly rather
 * than from compiled {@code @Entity} classes, so Hibernate's mapping step is not in the figure.
 * Measures inspecting the schema through JDBC metadata, comparing and rendering the SQL, cold (the
 * first run in this JVM) and warm (the median of the next five).
 *
 * @since 0.1.0
 */
public final class AutogenerateBench {

	private static final int TABLES = 300;

	private AutogenerateBench() {
	}

	/**
	 * Run on H2 and PostgreSQL and append the figures to {@code <out>/autogenerate.txt}.
	 * @param args {@code [out-dir]}
	 * @throws Exception when a database refuses
	 */
	public static void main(String[] args) throws Exception {
		Path out = Path.of((args.length > 0) ? args[0] : "bench/results");
		Files.createDirectories(out);
		StringBuilder report = new StringBuilder("E. autogenerate: 300 tables in the database vs a 300-table model"
				+ " (inspect + compare + render SQL)\n");
		for (Database kind : List.of(Database.H2, Database.POSTGRESQL)) {
			try (FreshDatabase database = kind.create("autogen"); HikariDataSource pool = database.pool()) {
				createSchema(pool);
				Retort retort = Retort.configure().dataSource(pool).load();
				double[] times = new double[6];
				int differences = 0;
				for (int i = 0; i < times.length; i++) {
					long start = System.nanoTime();
					SchemaDiff diff = retort.compare((target) -> model(), AutogenerateOptions.defaults());
					List<String> sql = diff.upgradeStatements();
					times[i] = (System.nanoTime() - start) / 1e6;
					differences = diff.differences().size();
					if (sql.size() != TABLES) {
						throw new IllegalStateException("expected " + TABLES + " statements, got " + sql.size());
					}
				}
				double[] warm = Arrays.copyOfRange(times, 1, times.length);
				Arrays.sort(warm);
				report.append(String.format(Locale.ROOT, "%-11s cold %7.0f ms, warm %6.0f ms, %d differences (target < 2000 ms)%n",
						kind.label(), times[0], warm[warm.length / 2], differences));
			}
		}
		System.out.print(report);
		Files.writeString(out.resolve("autogenerate.txt"), report);
	}

	private static void createSchema(HikariDataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			for (int t = 0; t < TABLES; t++) {
				StringBuilder ddl = new StringBuilder("CREATE TABLE table_" + t + " (id BIGINT NOT NULL PRIMARY KEY");
				for (int c = 0; c < 10; c++) {
					ddl.append(", col_").append(c).append((c % 2 == 0) ? " VARCHAR(255)" : " INTEGER");
				}
				ddl.append(", parent_id BIGINT");
				if (t > 0) {
					ddl.append(", CONSTRAINT fk_").append(t).append(" FOREIGN KEY (parent_id) REFERENCES table_")
						.append(t - 1).append(" (id)");
				}
				ddl.append(", CONSTRAINT uk_").append(t).append("_col_1 UNIQUE (col_1))");
				statement.execute(ddl.toString());
				statement.execute("CREATE INDEX ix_" + t + "_col_0 ON table_" + t + " (col_0)");
			}
		}
	}

	private static SchemaModel model() {
		List<TableModel> tables = new ArrayList<>();
		for (int t = 0; t < TABLES; t++) {
			List<ColumnModel> columns = new ArrayList<>();
			columns.add(ColumnModel.of("id", "bigint", false));
			for (int c = 0; c < 10; c++) {
				columns.add(ColumnModel.of("col_" + c, (c % 2 == 0) ? "varchar(255)" : "integer", true));
			}
			columns.add(ColumnModel.of("parent_id", "bigint", true));
			columns.add(ColumnModel.of("email", "varchar(255)", true));
			List<ForeignKeyModel> fks = (t == 0) ? List.of()
					: List.of(new ForeignKeyModel("fk_" + t, List.of("parent_id"), "table_" + (t - 1), List.of("id")));
			tables.add(new TableModel("table_" + t, columns, List.of("id"),
					List.of(new IndexModel("ix_" + t + "_col_0", List.of("col_0"), false)),
					List.of(new UniqueModel("uk_" + t + "_col_1", List.of("col_1"))), fks));
		}
		return new SchemaModel(tables, List.of());
	}

}
