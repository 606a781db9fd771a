package dev.retort.core.autogenerate;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.core.autogenerate.IncludeFilter.ObjectType;

import static dev.retort.core.autogenerate.Schemas.column;
import static dev.retort.core.autogenerate.Schemas.notNull;
import static dev.retort.core.autogenerate.Schemas.schema;
import static dev.retort.core.autogenerate.Schemas.table;
import static dev.retort.core.autogenerate.Schemas.withDefault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each case states what the database holds, what the model declares, and the differences.
 */
class ComparatorTests {

	private static final AutogenerateOptions DEFAULTS = AutogenerateOptions.defaults();

	@Test
	void sameSchemaSpelledDifferentlyHasNoDifferences() {
		SchemaModel database = schema(table("USERS").columns(notNull("ID", "int4"), column("NAME", "character varying(255)"),
				column("ACTIVE", "tinyint(1)"), column("TOTAL", "numeric(12,2)"), column("BORN", "timestamp"),
				column("BIO", "character varying(1000000000)"))
			.index("IX_USERS_NAME", "NAME")
			.build());
		SchemaModel model = schema(table("users").columns(notNull("id", "integer"), column("name", "varchar(255)"),
				column("active", "bit"), column("total", "decimal(12,2)"), column("born", "datetime(6)"),
				// H2 2.x makes text a CHARACTER VARYING of its largest length
				column("bio", "text"))
			.index("ix_users_name", "name")
			.build());
		assertThat(diff(database, model).differences()).isEmpty();
		assertThat(diff(database, model).isEmpty()).isTrue();
	}

	@Test
	void addedColumnIsTheOnlyDifference() {
		SchemaModel database = schema(table("users").id().columns(column("name", "varchar(255)"))
			.index("ix_users_name", "name").build());
		SchemaModel model = schema(table("users").id().columns(column("name", "varchar(255)"), column("email", "varchar(255)"))
			.index("ix_users_name", "name").build());
		assertThat(diff(database, model).differences()).containsExactly("add_column users.email varchar(255)");
		assertThat(diff(database, model).notes()).isEmpty();
	}

	@Test
	void newTablesComeBeforeTheirForeignKeys() {
		SchemaModel database = schema(table("customers").id().build());
		SchemaModel model = schema(table("customers").id().build(),
				table("orders").id().columns(notNull("customer_id", "bigint"))
					.foreignKey("fk_orders_customer", "customer_id", "customers")
					.index("ix_orders_customer", "customer_id")
					.build());
		assertThat(diff(database, model).differences()).containsExactly("add_table orders",
				"add_fk fk_orders_customer on orders (customer_id) -> customers (id)");
	}

	@Test
	void droppedTableLosesItsForeignKeysFirst() {
		SchemaModel database = schema(table("customers").id().build(),
				table("orders").id().columns(notNull("customer_id", "bigint"))
					.foreignKey("fk_orders_customer", "customer_id", "customers")
					.build());
		SchemaModel model = schema(table("customers").id().build());
		assertThat(diff(database, model).differences()).containsExactly(
				"remove_fk fk_orders_customer on orders (customer_id) -> customers (id)", "remove_table orders");
	}

	@Test
	void dropAndAddOfTheSameTypeIsNotedAsAPossibleRename() {
		SchemaModel database = schema(table("users").id().columns(column("nick", "varchar(40)")).build());
		SchemaModel model = schema(table("users").id().columns(column("nickname", "varchar(40)")).build());
		SchemaDiff diff = diff(database, model);
		assertThat(diff.differences()).containsExactly("add_column users.nickname varchar(40)",
				"remove_column users.nick");
		assertThat(diff.notes()).singleElement().asString()
			.startsWith("Dropping column users.nick and adding users.nickname may be a rename");
	}

	@Test
	void typeAndNullabilityChangesAreReported() {
		SchemaModel database = schema(table("users").id().columns(column("name", "varchar(100)"), column("age", "int"))
			.build());
		SchemaModel model = schema(table("users").id().columns(notNull("name", "varchar(255)"), column("age", "bigint"))
			.build());
		assertThat(diff(database, model).differences()).containsExactly(
				"modify_type users.name varchar(100) -> varchar(255)", "modify_nullable users.name NULL -> NOT NULL",
				"modify_type users.age int -> bigint");
	}

	@Test
	void serverDefaultsAreComparedOnlyWhenEnabled() {
		SchemaModel database = schema(table("users").id()
			.columns(withDefault("role", "varchar(20)", "'user'::character varying"), withDefault("n", "int", "0"))
			.build());
		SchemaModel model = schema(table("users").id()
			.columns(withDefault("role", "varchar(20)", "'user'"), withDefault("n", "int", "1"))
			.build());
		assertThat(diff(database, model).differences()).isEmpty();
		assertThat(Autogenerate.compare("postgresql", database, model, DEFAULTS.withCompareServerDefaults(true))
			.differences()).containsExactly("modify_default users.n 0 -> 1");
	}

	@Test
	void indexesAreMatchedByColumnsNotNames() {
		SchemaModel database = schema(table("users").id().columns(column("a", "int"), column("b", "int"))
			.index("IDX_1234", "a")
			.index("ix_users_b", "b")
			.build());
		SchemaModel model = schema(table("users").id().columns(column("a", "int"), column("b", "int"))
			.index("ix_users_a", "a")
			.index("ix_users_a_b", "a", "b")
			.build());
		assertThat(diff(database, model).differences()).containsExactly("remove_index ix_users_b on users (b)",
				"add_index ix_users_a_b on users (a, b)");
	}

	@Test
	void uniqueIndexAndUniqueConstraintOnTheSameColumnsAreEqual() {
		SchemaModel database = schema(table("users").id().columns(column("email", "varchar(200)"))
			.uniqueIndex("email", "email")
			.build());
		SchemaModel model = schema(table("users").id().columns(column("email", "varchar(200)"))
			.unique("uk_users_email", "email")
			.build());
		assertThat(diff(database, model).differences()).isEmpty();
	}

	@Test
	void uniqueConstraintsAreAddedAndRemoved() {
		SchemaModel database = schema(table("users").id().columns(column("a", "int"), column("b", "int"))
			.unique("uk_a", "a")
			.build());
		SchemaModel model = schema(table("users").id().columns(column("a", "int"), column("b", "int"))
			.unique("uk_b", "b")
			.build());
		assertThat(diff(database, model).differences()).containsExactly("remove_constraint uk_a unique on users (a)",
				"add_constraint uk_b unique on users (b)");
	}

	@Test
	void indexBackingAForeignKeyIsNotADifference() {
		SchemaModel database = schema(table("customers").id().build(),
				table("orders").id().columns(column("customer_id", "bigint"))
					.index("FKq5gsbdk2awowa7x7b8ys3fbx4", "customer_id")
					.foreignKey("FKq5gsbdk2awowa7x7b8ys3fbx4", "customer_id", "customers")
					.build());
		SchemaModel model = schema(table("customers").id().build(),
				table("orders").id().columns(column("customer_id", "bigint"))
					.foreignKey("fk_other_name", "customer_id", "customers")
					.build());
		assertThat(diff(database, model).differences()).isEmpty();
	}

	@Test
	void excludedTablesAndFilteredObjectsAreLeftAlone() {
		SchemaModel database = schema(table("legacy_orders").id().build(), table("audit_log").id().build(),
				table("users").id().columns(column("tmp_flag", "int")).build());
		SchemaModel model = schema(table("users").id().build(), table("spring_session").id().build());
		IncludeFilter noTmp = (type, name, table, reflected) -> !(type == ObjectType.COLUMN && name.startsWith("tmp_"));
		AutogenerateOptions options = DEFAULTS.withExcludeTables(List.of("legacy_*", "SPRING_SESSION"))
			.withInclude(noTmp);
		assertThat(Autogenerate.compare("h2", database, model, options).differences())
			.containsExactly("remove_table audit_log");
	}

	@Test
	void sequencesAreComparedByName() {
		SchemaModel database = schema(List.of(new SequenceModel("old_seq", 1, 1), new SequenceModel("USERS_SEQ", 1, 50)),
				table("users").id().build());
		SchemaModel model = schema(List.of(new SequenceModel("users_seq", 1, 50), new SequenceModel("orders_seq", 1, 50)),
				table("users").id().build());
		assertThat(diff(database, model).differences()).containsExactly("add_sequence orders_seq",
				"remove_sequence old_seq");
	}

	@Test
	void downgradeUndoesExactlyWhatTheUpgradeDoes() {
		SchemaModel database = schema(List.of(new SequenceModel("old_seq", 1, 1)),
				table("customers").id().columns(column("nick", "varchar(40)"), column("age", "int")).index("ix_nick", "nick")
					.build(),
				table("legacy").id().columns(column("customer_id", "bigint"))
					.foreignKey("fk_legacy", "customer_id", "customers").build());
		SchemaModel model = schema(List.of(new SequenceModel("orders_seq", 1, 50)),
				table("customers").id().columns(notNull("age", "bigint"), column("email", "varchar(200)"))
					.unique("uk_email", "email").build(),
				table("orders").id().columns(column("customer_id", "bigint"))
					.foreignKey("fk_orders", "customer_id", "customers").build());
		SchemaDiff forward = diff(database, model);
		SchemaDiff backward = diff(model, database);
		List<String> downgrade = forward.downgrade().stream().flatMap((op) -> op.describe().stream()).toList();
		assertThat(new HashSet<>(downgrade)).isEqualTo(new HashSet<>(backward.differences()));
		assertThat(forward.upgrade()).allSatisfy((op) -> assertThat(op.reverse().reverse()).isEqualTo(op));
	}

	private static SchemaDiff diff(SchemaModel database, SchemaModel model) {
		return Autogenerate.compare("h2", database, model, DEFAULTS);
	}

}
