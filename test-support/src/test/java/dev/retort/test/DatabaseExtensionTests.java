package dev.retort.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseExtensionTests {

	@DatabaseTest
	void givesEachTestAnEmptyDatabaseItCanWriteTo(TestDatabase db) throws SQLException {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			try (ResultSet tables = connection.getMetaData()
				.getTables(connection.getCatalog(), (db.kind() == DatabaseKind.MARIADB) ? null : db.schema(), "%", null)) {
				assertThat(tables.next()).as("a fresh database has no tables").isFalse();
			}
			statement.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
			statement.execute("INSERT INTO probe (id) VALUES (42)");
			try (ResultSet rows = statement.executeQuery("SELECT id FROM probe")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(42);
			}
		}
	}

	@Test
	void closeDropsTheDatabase() throws SQLException {
		for (DatabaseKind kind : DatabaseKind.values()) {
			TestDatabase db = TestDatabase.create(kind);
			try (Connection connection = db.connection()) {
				assertThat(connection.isValid(2)).isTrue();
			}
			db.close();
			if (kind == DatabaseKind.H2) {
				// SHUTDOWN discarded the in-memory database: a new connection sees an empty one
				try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
					assertThat(connection.getMetaData().getTables(null, "PUBLIC", "%", null).next()).isFalse();
					statement.execute("SHUTDOWN");
				}
			}
			else {
				assertThatExceptionOfType(SQLException.class).as(kind.name()).isThrownBy(() -> db.connection().close());
			}
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void reportsTheDefaultSchema(TestDatabase db) throws SQLException {
		try (Connection connection = db.connection()) {
			assertThat(connection.getSchema()).isEqualTo(db.schema());
		}
	}

}
