package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import dev.retort.core.api.Retort;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Each tool set up the way its documentation shows, with defaults left alone.
 *
 * @since 0.1.0
 */
final class Engines {

	static {
		// Liquibase 4.30+ may phone home with usage data; a benchmark must not
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		System.setProperty("liquibase.logLevel", "severe");
		java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
	}

	private Engines() {
	}

	static Tool.Engine retort(DataSource dataSource, Corpus corpus, boolean preload) {
		Retort retort = Retort.configure()
			.dataSource(dataSource)
			.locations(List.of("filesystem:" + corpus.retortDir()))
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
		Liquibase liquibase = new Liquibase("changelog.sql", new DirectoryResourceAccessor(corpus.liquibaseDir()),
				database);
		return new Tool.Engine() {

			@Override
			@SuppressWarnings("deprecation")
			public void run() throws Exception {
				liquibase.update(new Contexts(), new LabelExpression());
			}

			@Override
			public void close() throws Exception {
				liquibase.close();
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
