package dev.retort.core.autogenerate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.RevisionFileWriter;

import static dev.retort.core.autogenerate.Schemas.column;
import static dev.retort.core.autogenerate.Schemas.schema;
import static dev.retort.core.autogenerate.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact files autogenerate writes.
 */
class RenderTests {

	private static final SchemaModel BEFORE = schema(table("users").id().columns(column("name", "varchar(255)"))
		.index("ix_users_name", "name").build());

	private static final SchemaModel AFTER = schema(table("users").id()
		.columns(column("name", "varchar(255)"), column("email", "varchar(255)"))
		.index("ix_users_name", "name").build());

	private static final RevisionHeader REVISION = new RevisionHeader("ae1027a6acf0", List.of("1975ea83b712"), List.of(), List.of(),
			"Add email column to User", "", "");

	@Test
	void sqlFileAddsTheColumnAndDropsItOnDowngrade() {
		// the Operations API states NULL explicitly on MariaDB
		for (String dialect : List.of("h2", "postgresql", "mariadb")) {
			SchemaDiff diff = Autogenerate.compare(dialect, BEFORE, AFTER, AutogenerateOptions.defaults());
			String nullable = dialect.equals("mariadb") ? " NULL" : "";
			assertThat(file(diff)).isEqualTo("""
					-- revision: ae1027a6acf0
					-- down_revision: 1975ea83b712
					-- branch_labels:
					-- depends_on:
					-- message: Add email column to User
					-- create_date: 1970-01-01 00:00:00

					-- migrate:upgrade
					ALTER TABLE users ADD email VARCHAR(255)%s;

					-- migrate:downgrade
					ALTER TABLE users DROP COLUMN email;
					""".formatted(nullable));
		}
	}

	@Test
	void sqlFileOfANewTableForPostgresql() {
		SchemaModel model = schema(List.of(new SequenceModel("orders_seq", 1, 50)), table("customers").id().build(),
				table("orders").id().columns(Schemas.notNull("customer_id", "bigint"), column("total", "numeric(12,2)"))
					.foreignKey("fk_orders_customer", "customer_id", "customers")
					.index("ix_orders_customer", "customer_id")
					.unique("uk_orders_total", "total")
					.build());
		SchemaDiff diff = Autogenerate.compare("postgresql", schema(table("customers").id().build()), model,
				AutogenerateOptions.defaults());
		assertThat(diff.upgradeStatements()).containsExactly("CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 50",
				"CREATE TABLE orders (id BIGINT NOT NULL, customer_id BIGINT NOT NULL, total DECIMAL(12, 2), "
						+ "CONSTRAINT orders_pkey PRIMARY KEY (id))",
				"ALTER TABLE orders ADD CONSTRAINT uk_orders_total UNIQUE (total)",
				"CREATE INDEX ix_orders_customer ON orders(customer_id)",
				"ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)");
		assertThat(diff.downgradeStatements()).containsExactly("ALTER TABLE orders DROP CONSTRAINT fk_orders_customer",
				"DROP TABLE orders", "DROP SEQUENCE orders_seq");
	}

	/**
	 * A type the model spells its own way ({@code @Column(columnDefinition)}) reaches the database as
	 * written, as Hibernate writes it: Liquibase's mapping would make {@code text} a {@code CLOB} on
	 * H2 and {@code tinyint(1)} a {@code SMALLINT} on PostgreSQL.
	 */
	@Test
	void columnDefinitionsAreWrittenVerbatim() {
		for (String dialect : List.of("h2", "postgresql", "mariadb")) {
			SchemaModel model = schema(table("notes").id()
				.columns(column("body", "text"), column("flags", "tinyint(1)"), column("span", "interval second(6)"))
				.build());
			SchemaDiff diff = Autogenerate.compare(dialect, schema(), model, AutogenerateOptions.defaults());
			assertThat(diff.upgradeStatements().get(0)).as(dialect)
				.contains("body text", "flags tinyint(1)", "span interval second(6)");
			SchemaDiff added = Autogenerate.compare(dialect, schema(table("notes").id().build()), model,
					AutogenerateOptions.defaults());
			assertThat(added.upgradeStatements()).as(dialect).anySatisfy((sql) -> assertThat(sql).contains("body text"));
		}
	}

	@Test
	void renameNoteHeadsTheJavaRevision() {
		SchemaModel renamed = schema(table("users").id().columns(column("full_name", "varchar(255)"))
			.index("ix_users_name", "full_name").build());
		SchemaDiff diff = Autogenerate.compare("h2", BEFORE, renamed, AutogenerateOptions.defaults());
		assertThat(diff.javaSource("db.revisions", "Rev_ae1027a6acf0_RenameName", "@Revision(id = \"ae1027a6acf0\")"))
			.contains("\t\t// NOTE: Dropping column users.name and adding users.full_name may be a rename");
	}

	@Test
	void javaRevisionCallsTheOperationsApi() {
		SchemaDiff diff = Autogenerate.compare("h2", BEFORE, AFTER, AutogenerateOptions.defaults());
		assertThat(diff.javaSource("db.revisions", "Rev_ae1027a6acf0_AddEmailColumnToUser",
				"@Revision(id = \"ae1027a6acf0\", downRevision = \"1975ea83b712\", message = \"Add email column to User\")"))
			.isEqualTo("""
					package db.revisions;

					import dev.retort.core.api.Migration;
					import dev.retort.core.api.Revision;
					import dev.retort.core.api.migration.Column;
					import dev.retort.core.api.migration.ColumnChange;
					import dev.retort.core.api.migration.ColumnType;
					import dev.retort.core.api.migration.ConstraintType;
					import dev.retort.core.api.migration.DefaultValue;
					import dev.retort.core.api.migration.ForeignKey;
					import dev.retort.core.api.migration.Index;
					import dev.retort.core.api.migration.Operations;

					@Revision(id = "ae1027a6acf0", downRevision = "1975ea83b712", message = "Add email column to User")
					public class Rev_ae1027a6acf0_AddEmailColumnToUser implements Migration {

						@Override
						public void upgrade(Operations op) {
							op.addColumn("users", Column.of("email", ColumnType.string(255)));
						}

						@Override
						public void downgrade(Operations op) {
							// DROP: removes column users.email and its values
							op.dropColumn("users", "email");
						}
					}
					""");
	}

	private static String file(SchemaDiff diff) {
		return new RevisionFileWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).render(REVISION,
				diff.upgradeStatements(), diff.downgradeStatements());
	}

}
