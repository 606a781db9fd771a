package dev.retort.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one CLI run after merging command line, environment and files.
 *
 * @param url the JDBC URL, empty for offline commands
 * @param user the database user
 * @param password the database password; never printed
 * @param locations revision locations
 * @param versionTable the version table
 * @param historyTable the history table
 * @param schema the schema of both tables
 * @param dialect the dialect for offline SQL
 * @param lockTimeout how long to wait for the migration lock
 * @param ddlLockTimeout how long a revision's statement may wait for a table lock
 * @param origin where the URL came from, for {@code --debug} and error messages
 * @param transactionPerMigration whether each revision commits on its own; empty for the default
 * @param placeholders {@code migrate.placeholders.<name>} values
 * @param databases the names of a multi-database configuration ({@code migrate.databases.<name>.*})
 */
record Settings(Optional<String> url, Optional<String> user, Optional<String> password, List<String> locations,
		Optional<String> versionTable, Optional<String> historyTable, Optional<String> schema,
		Optional<String> dialect, Optional<Duration> lockTimeout, Optional<Duration> ddlLockTimeout, String origin,
		Optional<Boolean> transactionPerMigration, Map<String, String> placeholders, List<String> databases) {

	Settings {
		locations = List.copyOf(locations);
		placeholders = Map.copyOf(placeholders);
		databases = List.copyOf(databases);
	}

}
