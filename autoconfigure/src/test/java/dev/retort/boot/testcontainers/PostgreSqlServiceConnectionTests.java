package dev.retort.boot.testcontainers;

import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/** {@link ContainerServiceConnectionTestCase} with a PostgreSQL container. */
class PostgreSqlServiceConnectionTests extends ContainerServiceConnectionTestCase {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);

	@ServiceConnection
	static final UnstartedContainer postgres = new UnstartedContainer(database);

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Override
	UnstartedContainer container() {
		return postgres;
	}

}
