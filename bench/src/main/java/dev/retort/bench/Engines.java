package dev.retort.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import dev.retort.core.api.Retort;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Each tool set up the way its documentation shows, with defaults left alone.
 *
 * @since 0.1.0
 */
final class Engines {

	/** Held strongly: java.util.logging forgets the level of a logger nobody references. */
	private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

	static {
		// Liquibase 4.30+ may phone home with usage data; a benchmark must not
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		// its INFO lines and console summary would be timed as part of its run
		System.setProperty("liquibase.showSummaryOutput", "LOG");
		LIQUIBASE_LOG.setLevel(Level.WARNING);
	}

	private Engines() {
	}

	static Tool.Engine retort(DataSource dataSource, Corpus corpus, boolean preload) {
		return retort(dataSource, corpus.retortDir(), preload);
	}

	/** Retort reading the given folder ({@link Corpus#indexedDir()}: through its revision index). */
	static Tool.Engine retort(DataSource dataSource, java.nio.file.Path folder, boolean preload) {
		return retort(dataSource, "filesystem:" + folder, Engines.class.getClassLoader(), preload);
	}

	/** Retort reading a location through a class loader (a jar's {@code classpath:} folder). */
	static Tool.Engine retort(DataSource dataSource, String location, ClassLoader classLoader, boolean preload) {
		Retort retort = Retort.configure()
			.dataSource(dataSource)
			.classLoader(classLoader)
			.locations(List.of(location))
			.load();
		if (preload) {
			retort.graph();
		}
		return () -> retort.upgrade("heads");
	}

	static Tool.Engine flyway(DataSource dataSource, Corpus corpus) {
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("filesystem:" + corpus.flywayDir())
			.load();
		return flyway::migrate;
	}

	static Tool.Engine liquibase(DataSource dataSource, Corpus corpus) throws Exception {
		Connection connection = dataSource.getConnection();
		liquibase.database.Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		DirectoryResourceAccessor resources = new DirectoryResourceAccessor(corpus.liquibaseDir());
		return new Tool.Engine() {

			// the update command as Spring Boot's SpringLiquibase runs it, its summary sent to the log
			@Override
			public void run() throws Exception {
				CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
					.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
					.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.sql")
					.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
					.setOutput(OutputStream.nullOutputStream());
				Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(),
						new LoggerUIService()), update::execute);
			}

			@Override
			public void close() throws Exception {
				database.close();
			}

		};
	}

	static Tool.Engine jdbc(DataSource dataSource, Corpus corpus) {
		return () -> JdbcLoop.run(dataSource, corpus.size());
	}

	/**
	 * The floor: what any tool must at least send. One transaction per revision: its two statements
	 * plus an update of a one-row version table.
	 */
	static final class JdbcLoop {

		private JdbcLoop() {
		}

		static void run(DataSource dataSource, int size) throws SQLException {
			try (Connection connection = dataSource.getConnection()) {
				int current = current(connection);
				if (current >= size) {
					return;
				}
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement();
						PreparedStatement version = connection
							.prepareStatement("UPDATE bench_version SET version = ?")) {
					for (int k = current + 1; k <= size; k++) {
						statement.execute(Corpus.create(k));
						statement.execute(Corpus.insert(k));
						version.setInt(1, k);
						version.executeUpdate();
						connection.commit();
					}
				}
				finally {
					connection.setAutoCommit(true);
				}
			}
		}

		private static int current(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT version FROM bench_version")) {
				return rows.next() ? rows.getInt(1) : 0;
			}
			catch (SQLException ex) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("CREATE TABLE bench_version (version INT NOT NULL)");
					statement.execute("INSERT INTO bench_version (version) VALUES (0)");
				}
				return 0;
			}
		}

	}

}
