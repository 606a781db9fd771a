package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seed's workflow, as a user runs it from the project folder: change the entity, compile,
 * {@code revision --autogenerate}, {@code upgrade head}, {@code check}, {@code downgrade -1}.
 */
class AutogenerateWorkflowTests {

	private static final String USER = """
			package com.example.app;

			import jakarta.persistence.Entity;
			import jakarta.persistence.GeneratedValue;
			import jakarta.persistence.GenerationType;
			import jakarta.persistence.Id;
			import jakarta.persistence.Index;
			import jakarta.persistence.Table;

			@Entity
			@Table(name = "users", indexes = @Index(name = "ix_users_name", columnList = "name"))
			public class User {

				@Id
				@GeneratedValue(strategy = GenerationType.IDENTITY)
				private Integer id;

				private String name;
			%s
			}
			""";

	@TempDir
	Path project;

	@DatabaseTest
	void seedWorkflow(TestDatabase db) throws IOException, SQLException {
		assertThat(run(db, "init").status()).isZero();
		compileUser("");
		CliRun first = run(db, "revision", "--autogenerate", "-m", "create users", "--rev-id", "a1");
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.err()).contains("Detected added table 'users'", "Detected added index 'ix_users_name' on 'users' (name)");
		assertThat(run(db, "upgrade", "head").status()).isZero();
		assertThat(run(db, "check").out()).isEqualTo("No new upgrade operations detected.\n");

		compileUser("\n\tprivate String email;\n");
		CliRun check = run(db, "check");
		assertThat(check.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(check.out()).isEqualTo("add_column users.email varchar(255)\n");
		assertThat(check.err()).contains("FAILED: New upgrade operations detected (1)");

		CliRun revision = run(db, "revision", "--autogenerate", "-m", "Add email column to User", "--rev-id", "b2");
		assertThat(revision.status()).as(revision.err()).isZero();
		assertThat(revision.out()).contains("Generating ", "b2_add_email_column_to_user.sql ...  done");
		assertThat(file("b2")).contains("-- down_revision: a1", "-- migrate:upgrade\nALTER TABLE users ADD email VARCHAR(255)",
				"-- migrate:downgrade\n-- DROP: removes column users.email and its values\nALTER TABLE users DROP COLUMN email;\n");
		CliRun notUpToDate = run(db, "check");
		assertThat(notUpToDate.err()).isEqualTo("FAILED: Target database is not up to date.\n");

		assertThat(run(db, "upgrade", "head").status()).isZero();
		CliRun clean = run(db, "check");
		assertThat(clean.status()).isZero();
		assertThat(clean.out()).isEqualTo("No new upgrade operations detected.\n");
		CliRun nothing = run(db, "revision", "--autogenerate", "-m", "nothing");
		assertThat(nothing.out()).isEqualTo("No changes detected\n");
		assertThat(revisionFiles()).hasSize(2);

		assertThat(run(db, "downgrade", "-1").status()).isZero();
		assertThat(run(db, "current").out()).isEqualTo("a1\n");
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeQuery("SELECT email FROM users"));
			statement.executeQuery("SELECT id, name FROM users").close();
		}
	}

	@DatabaseTest
	void javaFormatWritesARevisionClass(TestDatabase db) throws IOException {
		assertThat(run(db, "init").status()).isZero();
		compileUser("");
		CliRun run = run(db, "revision", "--autogenerate", "--format", "java", "-m", "create users", "--rev-id", "a1");
		assertThat(run.status()).as(run.err()).isZero();
		Path source = this.project.resolve("src/main/java/db/revisions/Rev_a1_CreateUsers.java");
		assertThat(source).content().contains("package db.revisions;", "@Revision(id = \"a1\", message = \"create users\")",
				"public class Rev_a1_CreateUsers implements Migration", "op.createTable(\"users\",",
				"Column.of(\"id\", ColumnType.integer()).primaryKey().autoIncrement()",
				"op.createIndex(Index.named(\"ix_users_name\").on(\"users\", \"name\"))", "op.dropTable(\"users\");");
	}

	/** Issue 15: a diff that drops most of the schema is refused until the user says the drops are meant. */
	@DatabaseTest
	void revisionThatDropsMostTablesIsRefusedWithoutAllowDestructive(TestDatabase db) throws IOException {
		assertThat(run(db, "init").status()).isZero();
		compileUser("");
		assertThat(run(db, "revision", "--autogenerate", "-m", "create users", "--rev-id", "a1").status()).isZero();
		assertThat(run(db, "upgrade", "head").status()).isZero();
		compile(USER.formatted("").replace("name = \"users\"", "name = \"people\""));
		CliRun refused = run(db, "revision", "--autogenerate", "-m", "rename", "--rev-id", "b2");
		assertThat(refused.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(refused.err()).contains("Detected removed table 'users'",
				"FAILED: This revision would drop 1 of the database's 1 tables",
				"compiled (mvn compile), the class path (--classpath)", "run again with --allow-destructive");
		assertThat(revisionFiles()).hasSize(1);
		CliRun allowed = run(db, "revision", "--autogenerate", "-m", "rename", "--rev-id", "b2", "--allow-destructive");
		assertThat(allowed.status()).as(allowed.err()).isZero();
		assertThat(file("b2")).contains("-- DROP: removes table users and every row in it\nDROP TABLE users;");
	}

	@DatabaseTest
	void aJavaTemplateInTheFirstLocationShapesTheRevisionClass(TestDatabase db) throws IOException {
		assertThat(run(db, "init").status()).isZero();
		compileUser("");
		Files.writeString(this.project.resolve("src/main/resources/db/revisions/revision.java.template"), """
				package ${package};

				import dev.retort.core.api.Migration;
				import dev.retort.core.api.Revision;
				import dev.retort.core.api.migration.*;

				/** ${message} (${create_date}), after ${down_revision}. */
				${revision_annotation}
				public class ${class_name} implements Migration {

					@Override
					public void upgrade(Operations op) {
						${upgrades}
					}

					@Override
					public void downgrade(Operations op) {
						${downgrades}
					}

				}
				""");
		CliRun run = run(db, "revision", "--autogenerate", "--format", "java", "-m", "create users", "--rev-id", "a1");
		assertThat(run.status()).as(run.err()).isZero();
		Path source = this.project.resolve("src/main/java/db/revisions/Rev_a1_CreateUsers.java");
		assertThat(source).content().startsWith("package db.revisions;\n")
			.contains("import dev.retort.core.api.migration.*;", "/** create users (20",
					"@Revision(id = \"a1\", message = \"create users\")\npublic class Rev_a1_CreateUsers implements Migration",
					"\tpublic void upgrade(Operations op) {\n\t\top.createTable(\"users\",",
					"\n\t\top.createIndex(Index.named(\"ix_users_name\").on(\"users\", \"name\"));",
					"public void downgrade(Operations op) {\n\t\top.dropTable(\"users\");\n\t}");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, "-d", this.project.resolve("target/classes").toString(), "-classpath",
				System.getProperty("java.class.path"), source.toString())).as("the rendered class compiles").isZero();
	}

	private CliRun run(TestDatabase db, String... args) {
		String[] all = Stream.concat(Stream.of("--url", db.jdbcUrl(), "--user", db.user(), "--password", db.password()),
				Stream.of(args)).toArray(String[]::new);
		return CliRun.inProcess(this.project, all);
	}

	private void compileUser(String extraFields) throws IOException {
		compile(USER.formatted(extraFields));
	}

	private void compile(String source) throws IOException {
		Path sources = this.project.resolve("src/main/java/com/example/app");
		Files.createDirectories(sources);
		Path file = sources.resolve("User.java");
		Files.writeString(file, source);
		Path classes = this.project.resolve("target/classes");
		Files.createDirectories(classes);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), file.toString());
		assertThat(status).isZero();
	}

	private List<Path> revisionFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.project.resolve("src/main/resources/db/revisions"))) {
			return files.toList();
		}
	}

	private String file(String id) throws IOException {
		return Files.readString(revisionFiles().stream()
			.filter((file) -> file.getFileName().toString().startsWith(id + "_"))
			.findFirst()
			.orElseThrow());
	}

}
