package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded {@code cli/target/retort.jar} the way users do, in a separate JVM. */
class RetortJarIT {

	@TempDir
	Path project;

	@Test
	void helpListsEveryCommand() {
		CliRun run = CliRun.jar(this.project, "--help");
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("init", "revision", "merge", "upgrade", "downgrade", "stamp", "current",
				"history", "heads", "branches", "show", "validate", "--url", "--config");
	}

	@Test
	void versionComesFromTheManifest() {
		CliRun run = CliRun.jar(this.project, "--version");
		assertThat(run.status()).isZero();
		assertThat(run.out()).startsWith("retort ");
	}

	@Test
	void listsTheFixtureGraphLikeAlembic() throws Exception {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		CliRun run = CliRun.jar(this.project, "history");
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/alembic-cli/expected/history.txt")));
	}

	@Test
	void migratesAnH2FileDatabaseWithBundledDriver() {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		CliRun upgrade = CliRun.jar(this.project, "--url", url, "upgrade", "shop@head");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.err()).contains("Running upgrade  -> 1975ea83b712, create account",
				"Running upgrade 4f3d1c0b9e21 -> d5a1e6f7c8b9, add email");
		CliRun current = CliRun.jar(this.project, "--url", url, "current");
		assertThat(current.out()).isEqualTo("d5a1e6f7c8b9 (head)\n");
		CliRun check = CliRun.jar(this.project, "--url", url, "current", "--check-heads");
		assertThat(check.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(check.err()).startsWith("FAILED: Target database is not up to date").contains("8c7b6a5d4e3f");
	}

	@Test
	void badInputFailsWithOneLineAndNonZeroExit() throws Exception {
		Path folder = Files.createDirectories(this.project.resolve("src/main/resources/db/revisions"));
		Files.writeString(folder.resolve("a1_x.sql"), "-- revision: a1\n-- parent: a0\n\n-- migrate:upgrade\nSELECT 1;\n");
		CliRun run = CliRun.jar(this.project, "heads");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().strip().lines()).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("FAILED: ").contains("a1_x.sql"));
	}

	/** The shaded jar keeps Liquibase's service files, which its SQL generators are found through. */
	@Test
	void rendersCompiledJavaRevisionsOffline() {
		JavaProject.create(this.project);
		CliRun run = CliRun.jar(this.project, "--dialect", "h2", "upgrade", "head", "--sql");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("ALTER TABLE accounts ADD email VARCHAR(100) DEFAULT '' NOT NULL;\n"
				+ "CREATE UNIQUE INDEX ix_accounts_email ON accounts(email);\n");
		assertThat(run.err()).isEmpty();
	}

	/**
	 * Issue 14 and 17: the MariaDB driver logs every server error to the console when no logging
	 * library is present; neither a first run (no version table yet) nor a wrong password may
	 * print anything but Retort's own lines.
	 */
	@Test
	void aFirstRunAndAWrongPasswordOnMariadbPrintNoDriverLogLines() {
		try (TestDatabase db = TestDatabase.create(DatabaseKind.MARIADB)) {
			CliRun.projectWith(this.project, "alembic-cli/revisions");
			List<String> credentials = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", db.user()));
			if (!db.password().isEmpty()) {
				credentials.addAll(List.of("--password", db.password()));
			}
			CliRun current = CliRun.jar(this.project, with(credentials, "current"));
			assertThat(current.status()).as(current.err()).isZero();
			assertThat(current.err()).isEmpty();
			CliRun upgrade = CliRun.jar(this.project, with(credentials, "upgrade", "heads"));
			assertThat(upgrade.status()).as(upgrade.err()).isZero();
			assertThat(upgrade.err().lines()).allMatch((line) -> line.startsWith("Running upgrade"));
			CliRun wrong = CliRun.jar(this.project, "--url", db.jdbcUrl(), "--user", db.user(), "--password",
					"not-the-password", "current");
			assertThat(wrong.status()).isEqualTo(RetortCli.EXIT_FAILED);
			assertThat(wrong.err().strip().lines()).singleElement()
				.satisfies((line) -> assertThat(line).startsWith("FAILED: ").contains("Access denied"));
		}
	}

	private static String[] with(List<String> options, String... command) {
		List<String> args = new ArrayList<>(options);
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

	@Test
	void jarIsAtMostTwentyMegabytes() throws IOException {
		assertThat(Files.size(jar())).isLessThanOrEqualTo(20L * 1024 * 1024);
	}

	/** Hibernate comes from the project; Liquibase only once, relocated inside retort-core. */
	@Test
	void jarBundlesNeitherHibernateNorAnUnrelocatedLiquibase() throws IOException {
		try (ZipFile zip = new ZipFile(jar().toFile())) {
			List<String> entries = zip.stream().map((entry) -> entry.getName()).toList();
			assertThat(entries).contains(ProjectHibernate.NESTED_READER, "dev/retort/shaded/liquibase/Scope.class",
					"org/h2/Driver.class", "org/postgresql/Driver.class", "org/mariadb/jdbc/Driver.class")
				.noneMatch((name) -> name.startsWith("org/hibernate/") || name.startsWith("net/bytebuddy/")
						|| name.startsWith("dev/retort/hibernate/") || name.startsWith("liquibase/")
						|| name.startsWith("www.liquibase.org/") || name.contains("liquibase/examples/"));
		}
	}

	@Test
	void autogenerateLoadsHibernateFromTheProjectsClassPath() throws IOException {
		compileEntity(this.project);
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		assertThat(CliRun.jar(this.project, "init").status()).isZero();
		String classpath = "target/classes" + File.pathSeparator + String.join(File.pathSeparator, projectDependencies());
		CliRun run = CliRun.jar(this.project, "--url", url, "revision", "--autogenerate", "-m", "create accounts",
				"--rev-id", "a1", "--classpath", classpath);
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.err()).contains("Detected added table 'accounts'");
		try (var files = Files.list(this.project.resolve("src/main/resources/db/revisions"))) {
			Path revision = files.filter((file) -> file.getFileName().toString().startsWith("a1_")).findFirst().orElseThrow();
			assertThat(Files.readString(revision)).contains("CREATE TABLE accounts");
		}
	}

	@Test
	void autogenerateWithoutHibernateOnTheClassPathSaysHowToAddIt() throws IOException {
		compileEntity(this.project);
		String url = "jdbc:h2:file:" + this.project.resolve("db/app").toAbsolutePath();
		assertThat(CliRun.jar(this.project, "init").status()).isZero();
		CliRun run = CliRun.jar(this.project, "--url", url, "revision", "--autogenerate", "-m", "create accounts");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).startsWith("FAILED: Autogenerate uses your project's Hibernate")
			.contains("dependency:build-classpath", "migrate revision --autogenerate");
	}

	static Path jar() {
		return Path.of(System.getProperty("retort.jar", "target/retort.jar"));
	}

	/** The test's own dependency jars (Hibernate among them), as a project's build would list them. */
	static List<String> projectDependencies() {
		Path reactor = Path.of("..").toAbsolutePath().normalize();
		return Arrays.stream(testClassPath().split(File.pathSeparator))
			.filter((entry) -> entry.endsWith(".jar") && !Path.of(entry).toAbsolutePath().normalize().startsWith(reactor))
			.toList();
	}

	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	/** {@code com.example.Account} (table {@code accounts}) compiled into the project's {@code target/classes}. */
	static void compileEntity(Path project) throws IOException {
		Path source = Files.createDirectories(project.resolve("src/main/java/com/example")).resolve("Account.java");
		Files.writeString(source, """
				package com.example;

				@jakarta.persistence.Entity
				@jakarta.persistence.Table(name = "accounts")
				public class Account {

					@jakarta.persistence.Id
					private Long id;

					private String name;

				}
				""");
		Files.createDirectories(project.resolve("target/classes"));
		int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath", testClassPath(), "-d",
				project.resolve("target/classes").toString(), source.toString());
		assertThat(status).isZero();
	}

}
