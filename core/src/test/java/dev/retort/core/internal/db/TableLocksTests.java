package dev.retort.core.internal.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which MariaDB statements take and release table locks, as mysqldump and scripts write them. */
class TableLocksTests {

	@ParameterizedTest
	@ValueSource(strings = { "LOCK TABLES `film` WRITE", "lock tables film read, actor write",
			"LOCK TABLE film WRITE", "--\n-- Dumping data for table `film`\n--\n\nLOCK TABLES `film` WRITE",
			"/* data */ LOCK TABLES film WRITE", "FLUSH TABLES WITH READ LOCK", "flush tables film with read lock" })
	void takes(String statement) {
		assertThat(TableLocks.takes(statement)).isTrue();
		assertThat(TableLocks.releases(statement)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UNLOCK TABLES", "unlock table", "START TRANSACTION", "BEGIN", "begin work", "-- a transaction\nBEGIN" })
	void releases(String statement) {
		assertThat(TableLocks.releases(statement)).isTrue();
		assertThat(TableLocks.takes(statement)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSERT INTO locks VALUES (1)", "CREATE TABLE lock_tables (id INT)",
			"SELECT GET_LOCK('x', 1)", "BEGIN NOT ATOMIC SELECT 1; END", "BEGIN\nNOT ATOMIC\n  SELECT 1;\nEND", "/*!40000 ALTER TABLE `film` DISABLE KEYS */",
			"-- LOCK TABLES film WRITE\nSELECT 1", "FLUSH TABLES" })
	void neither(String statement) {
		assertThat(TableLocks.takes(statement)).isFalse();
		assertThat(TableLocks.releases(statement)).isFalse();
	}

}
