package dev.retort.core.api.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import db.javarev.injected.CreateNamed;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code RetortBuilder.migrationFactory}: Java revisions created by a factory, for example with arguments. */
class MigrationFactoryTests {

	@DatabaseTest
	void factoryCreatesRevisionsThatHaveNoNoArgumentConstructor(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure()
			.dataSource(db.dataSource())
			.locations("classpath:db/javarev/injected")
			.migrationFactory((type) -> {
				assertThat(type).isEqualTo(CreateNamed.class);
				return new CreateNamed("made_by_factory");
			})
			.load();
		retort.upgrade("heads");
		assertThat(retort.status().current()).containsExactly("f1f1f1f1f1f1");
		try (Connection connection = db.dataSource().getConnection();
				ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
			boolean found = false;
			while (tables.next()) {
				found |= tables.getString("TABLE_NAME").equalsIgnoreCase("made_by_factory");
			}
			assertThat(found).isTrue();
		}
	}

	@DatabaseTest(dev.retort.test.DatabaseKind.H2)
	void withoutFactoryTheMissingConstructorIsNamedWithBothFixes(TestDatabase db) {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/injected").load();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("db.javarev.injected.CreateNamed has no public no-argument constructor")
			.withMessageContaining("MigrationFactory");
	}

	@DatabaseTest(dev.retort.test.DatabaseKind.H2)
	void factoryFailureNamesTheClass(TestDatabase db) {
		Retort retort = Retort.configure()
			.dataSource(db.dataSource())
			.locations("classpath:db/javarev/injected")
			.migrationFactory((type) -> {
				throw new IllegalStateException("no bean of type String");
			})
			.load();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("heads"))
			.withMessageContaining("db.javarev.injected.CreateNamed cannot be created")
			.withMessageContaining("no bean of type String");
	}

}
