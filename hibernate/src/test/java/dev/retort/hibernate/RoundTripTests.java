package dev.retort.hibernate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.RevisionFileWriter;
import dev.retort.hibernate.seed.after.User;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generate a revision from the entities, apply it, and the database matches the entities; the
 * generated downgrade takes it back to where it was.
 */
class RoundTripTests {

	private static final AutogenerateOptions OPTIONS = AutogenerateOptions.defaults();

	@TempDir
	Path revisions;

	@DatabaseTest
	void firstRevisionFromAnEmptyDatabaseCreatesTheWholeModel(TestDatabase db) throws IOException {
		ModelSource shop = HibernateModelSource.of(InspectorTests.SHOP);
		SchemaDiff diff = engine(db).compare(shop, OPTIONS);
		assertThat(diff.differences()).containsExactlyInAnyOrder("add_sequence customers_seq", "add_table customers",
				"add_table products", "add_table purchase_orders", "add_table purchase_orders_products",
				"add_fk " + fk(diff, "purchase_orders (customer_id)") + " on purchase_orders (customer_id) -> customers (id)",
				"add_fk " + fk(diff, "purchase_orders_products (products_id)")
						+ " on purchase_orders_products (products_id) -> products (id)",
				"add_fk " + fk(diff, "purchase_orders_products (purchase_order_id)")
						+ " on purchase_orders_products (purchase_order_id) -> purchase_orders (id)");
		write("a1", List.of(), "create shop", diff);
		engine(db).upgrade("heads");
		assertThat(engine(db).compare(shop, OPTIONS).differences()).isEmpty();
		engine(db).downgrade("base");
		assertThat(engine(db).compare(shop, OPTIONS).differences()).hasSize(diff.differences().size());
	}

	@DatabaseTest
	void seedWorkflowAddsAndRemovesTheEmailColumn(TestDatabase db) throws IOException {
		ModelSource before = HibernateModelSource.of(List.of(dev.retort.hibernate.seed.before.User.class));
		ModelSource after = HibernateModelSource.of(List.of(User.class));
		write("a1", List.of(), "create users", engine(db).compare(before, OPTIONS));
		engine(db).upgrade("head");
		SchemaDiff diff = engine(db).compare(after, OPTIONS);
		assertThat(diff.differences()).containsExactly("add_column users.email varchar(255)");
		write("b2", List.of("a1"), "Add email column to User", diff);
		engine(db).upgrade("head");
		assertThat(engine(db).compare(after, OPTIONS).isEmpty()).isTrue();
		engine(db).downgrade("-1");
		assertThat(engine(db).compare(before, OPTIONS).isEmpty()).isTrue();
		assertThat(engine(db).current()).containsExactly("a1");
	}

	private static String fk(SchemaDiff diff, String on) {
		return diff.differences().stream().filter((line) -> line.startsWith("add_fk ") && line.contains(" on " + on))
			.findFirst().orElseThrow().split(" ")[1];
	}

	private void write(String id, List<String> down, String message, SchemaDiff diff) throws IOException {
		RevisionFileWriter writer = new RevisionFileWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		RevisionHeader revision = new RevisionHeader(id, down, List.of(), List.of(), message, "", "");
		Files.writeString(this.revisions.resolve(RevisionFileWriter.fileName(id, message)),
				writer.render(revision, diff.upgradeStatements(), diff.downgradeStatements()));
	}

	private Retort engine(TestDatabase db) {
		return Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + this.revisions).load();
	}

}
