package dev.retort.boot.testcontainers;

import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

/** {@link ContainerServiceConnectionTestCase} with a MariaDb container. */
class MariaDbServiceConnectionTests extends ContainerServiceConnectionTestCase {

	static final TestDatabase database = TestDatabase.create(DatabaseKind.MARIADB);

	@ServiceConnection
	static final UnstartedContainer mariadb = new UnstartedContainer(database);

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Override
	UnstartedContainer container() {
		return mariadb;
	}

}
