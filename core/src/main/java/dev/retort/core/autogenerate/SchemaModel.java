package dev.retort.core.autogenerate;

import java.util.List;

/**
 * A database schema as data: what the entities declare, or what the database holds. Autogenerate
 * compares two of these; neither side needs to know where the other came from.
 *
 * <pre class="code">
 * SchemaModel model = new SchemaModel(List.of(new TableModel("users",
 *         List.of(ColumnModel.of("id", "bigint", false), ColumnModel.of("name", "varchar(255)", true)),
 *         List.of("id"), List.of(new IndexModel("ix_users_name", List.of("name"), false)), List.of(), List.of())),
 *         List.of());
 * </pre>
 *
 * @param tables the tables
 * @param sequences the sequences
 * @since 0.1.0
 */
public record SchemaModel(List<TableModel> tables, List<SequenceModel> sequences) {

	public SchemaModel {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

}
