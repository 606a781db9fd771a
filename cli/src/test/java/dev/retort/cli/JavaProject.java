package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A project folder as Maven leaves it after {@code mvn compile}: an SQL revision file in
 * {@code src/main/resources/db/revisions}, its copy and a compiled Java revision in
 * {@code target/classes/db/revisions}.
 */
final class JavaProject {

	static final String JAVA_REVISION = """
			package db.revisions;

			import dev.retort.core.api.Migration;
			import dev.retort.core.api.Revision;
			import dev.retort.core.api.migration.*;

			@Revision(id = "b2", downRevision = "a1", message = "add email")
			public class AddEmail implements Migration {

				@Override
				public void upgrade(Operations op) {
					op.addColumn("accounts", Column.of("email", ColumnType.string(100)).notNull().defaultValue(""))
						.createIndex(Index.named("ix_accounts_email").on("accounts", "email").unique());
				}

			}
			""";

	static final String SQL_REVISION = """
			-- revision: a1
			-- message: create accounts

			-- migrate:upgrade
			CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY);

			-- migrate:downgrade
			DROP TABLE accounts;
			""";

	private JavaProject() {
	}

	static Path create(Path project) {
		try {
			Path resources = Files.createDirectories(project.resolve("src/main/resources/db/revisions"));
			Files.writeString(resources.resolve("a1_create_accounts.sql"), SQL_REVISION);
			Path classes = Files.createDirectories(project.resolve("target/classes/db/revisions"));
			Files.writeString(classes.resolve("a1_create_accounts.sql"), SQL_REVISION);
			Path source = Files.createDirectories(project.resolve("src/main/java/db/revisions")).resolve("AddEmail.java");
			Files.writeString(source, JAVA_REVISION);
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			int status = compiler.run(null, null, null, "-classpath", classpath, "-d",
					project.resolve("target/classes").toString(), source.toString());
			if (status != 0) {
				throw new IllegalStateException("javac failed for " + source);
			}
			return project;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
