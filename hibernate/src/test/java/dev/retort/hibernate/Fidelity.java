package dev.retort.hibernate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.RevisionFileWriter;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fidelity check of issue 15: for a set of entities, autogenerate on an empty database plus
 * {@code upgrade} must give the schema Hibernate's own {@code ddl-auto=create} gives, compared
 * through the information schema, and {@code check} against Hibernate's schema must find nothing.
 */
final class Fidelity {

	private Fidelity() {
	}

	static void assertSameSchemaAsHibernate(TestDatabase db, Path folder, List<Class<?>> entities)
			throws IOException, SQLException {
		HibernateModelSource model = HibernateModelSource.of(entities);
		SchemaDiff diff = Retort.configure().dataSource(db.dataSource()).load()
			.compare(model, AutogenerateOptions.defaults());
		RevisionHeader revision = new RevisionHeader("f1", List.of(), List.of(), List.of(), "model", "", "");
		Files.writeString(folder.resolve(RevisionFileWriter.fileName("f1", "model")),
				new RevisionFileWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).render(revision,
						diff.upgradeScript(), diff.downgradeScript()));
		Retort.configure().dataSource(db.dataSource()).locations("filesystem:" + folder).load().upgrade("heads");
		try (TestDatabase reference = TestDatabase.create(db.kind())) {
			HibernateSchema.create(reference, entities);
			assertThat(SchemaSnapshot.of(db)).as("Retort's schema (left) against Hibernate's (right) on " + db.kind())
				.containsExactlyElementsOf(SchemaSnapshot.of(reference));
			assertThat(Retort.configure().dataSource(reference.dataSource()).load()
				.compare(model, AutogenerateOptions.defaults()).differences())
				.as("check against the schema Hibernate created").isEmpty();
		}
	}

}
