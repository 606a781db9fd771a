package dev.retort.it;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new application on {@code spring-boot-starter-parent} 4.1.2 that adds Retort's starter (through
 * {@code retort-bom}) and one Java revision, built with Maven against the artifacts as published.
 * Built once for all tests: its dependency list holds nothing the application did not ask for, and
 * its revision runs on startup on each database.
 */
class GeneratedAppIT {

	/** The SQL revision, on top of the Java revision 5e1f0c2a9b7d. */
	private static final String SQL_REVISION = "7c3d9e0f1a2b";

	private static GeneratedApp app;

	private static List<String> dependencies;

	@BeforeAll
	static void build() throws IOException {
		app = GeneratedApp.create();
		// without the drivers profile: exactly what the starter brings
		app.maven("dependency-list.log", "dependency:list", "-DincludeScope=runtime", "-DoutputFile=runtime-dependencies.txt");
		dependencies = Files.readAllLines(app.directory().resolve("runtime-dependencies.txt"))
			.stream()
			.map(String::strip)
			.filter((line) -> line.chars().filter((c) -> c == ':').count() >= 4)
			.toList();
		app.maven("package.log", "-Pdrivers", "package", "-DskipTests");
	}

	@Test
	void starterBringsRetortButNoLiquibaseActuatorDriverOrCommandLineParser() {
		assertThat(dependencies).anyMatch((line) -> line.startsWith("dev.retort:retort-spring-boot-starter:jar:"))
			.anyMatch((line) -> line.startsWith("dev.retort:retort-core:jar:"))
			.anyMatch((line) -> line.startsWith("org.springframework.boot:spring-boot-starter-jdbc:jar:"));
		assertThat(dependencies).as("Liquibase travels inside retort-core, relocated")
			.noneMatch((line) -> line.startsWith("org.liquibase:"))
			.noneMatch((line) -> line.startsWith("com.opencsv:"));
		assertThat(dependencies).as("actuator only when the application asks for it")
			.noneMatch((line) -> line.contains(":spring-boot-actuator"))
			.noneMatch((line) -> line.contains(":spring-boot-starter-actuator"));
		assertThat(dependencies).as("the application picks its JDBC driver")
			.noneMatch((line) -> line.startsWith("com.h2database:") || line.startsWith("org.postgresql:")
					|| line.startsWith("org.mariadb.jdbc:") || line.startsWith("com.mysql:")
					|| line.startsWith("org.hsqldb:"));
		if (dependencies.stream().noneMatch((line) -> line.startsWith("dev.retort:retort-cli:"))) {
			assertThat(dependencies).as("picocli comes only with the command line")
				.noneMatch((line) -> line.startsWith("info.picocli:"));
		}
	}

	@Test
	void packagedApplicationRunsWithoutAnyLiquibaseJar() throws IOException {
		List<String> classpath = new ArrayList<>();
		try (ZipFile jar = new ZipFile(app.directory().resolve("target/demo-1.0.0.jar").toFile())) {
			jar.stream().map((entry) -> entry.getName()).filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.forEach(classpath::add);
		}
		assertThat(classpath).anyMatch((name) -> name.startsWith("BOOT-INF/lib/retort-core-"))
			.anyMatch((name) -> name.startsWith("BOOT-INF/lib/h2-"))
			.noneMatch((name) -> name.startsWith("BOOT-INF/lib/liquibase-"));
	}

	/** Processed with spring-boot:process-aot at build time and run with AOT on: as a native image would start. */
	@DatabaseTest
	void javaAndSqlRevisionsRunOnStartupWithSpringAot(TestDatabase db) throws SQLException, IOException {
		runAndCheck(db, "aot-", "-Dspring.aot.enabled=true");
	}

	@DatabaseTest(DatabaseKind.H2)
	void javaAndSqlRevisionsRunOnStartup(TestDatabase db) throws SQLException, IOException {
		runAndCheck(db, "");
	}

	@Test
	void aotProcessingRecordsNativeImageHintsForTheRevisions() throws IOException {
		String metadata = Files.readString(app.directory()
			.resolve("target/spring-aot/main/resources/META-INF/native-image/com.example/demo/reachability-metadata.json"));
		assertThat(metadata).containsPattern("\"type\"\\s*:\\s*\"db\\.revisions\\.CreateAccounts\"")
			.containsPattern("\"glob\"\\s*:\\s*\"db\\\\?/revisions\\\\?/\\*\"");
	}

	private static void runAndCheck(TestDatabase db, String logPrefix, String... jvmOptions)
			throws SQLException, IOException {
		String url = (db.kind() == DatabaseKind.H2)
				? "jdbc:h2:file:" + app.directory().resolve("target/h2/demo-" + System.nanoTime()).toAbsolutePath() : db.jdbcUrl();
		String log = "run-" + logPrefix + db.kind().name().toLowerCase() + ".log";
		app.runJar(log, List.of(jvmOptions), "--spring.datasource.url=" + url, "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
		assertThat(Files.readString(app.directory().resolve(log)).contains("Starting AOT-processed DemoApplication"))
			.as(log).isEqualTo(jvmOptions.length > 0);
		try (Connection connection = DriverManager.getConnection(url, db.user(), db.password())) {
			DatabaseMetaData metaData = connection.getMetaData();
			String q = metaData.getIdentifierQuoteString();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT * FROM " + q + storedName(metaData, "retort_version") + q)) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo(SQL_REVISION);
				assertThat(rows.next()).isFalse();
			}
			String table = storedName(metaData, "accounts");
			assertThat(names(metaData.getColumns(connection.getCatalog(), null, table, "%"), "COLUMN_NAME"))
				.containsExactlyInAnyOrder("id", "name", "email");
			assertThat(names(metaData.getIndexInfo(connection.getCatalog(), null, table, false, false), "INDEX_NAME"))
				.contains("ix_accounts_email");
			assertThat(names(metaData.getColumns(connection.getCatalog(), null, storedName(metaData, "notes"), "%"),
					"COLUMN_NAME")).containsExactlyInAnyOrder("id", "body");
		}
	}

	/** The table's name as the database stores it (H2 upper-cases unquoted names). */
	private static String storedName(DatabaseMetaData metaData, String table) throws SQLException {
		try (ResultSet rows = metaData.getTables(metaData.getConnection().getCatalog(), null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
					return rows.getString("TABLE_NAME");
				}
			}
		}
		throw new AssertionError("No table '" + table + "' after the application ran");
	}

	/** Lower-cased names from one column of a metadata result. */
	private static List<String> names(ResultSet rows, String column) throws SQLException {
		List<String> names = new ArrayList<>();
		try (rows) {
			while (rows.next()) {
				String name = rows.getString(column);
				if (name != null) {
					names.add(name.toLowerCase());
				}
			}
		}
		return names;
	}

}
