package dev.retort.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code upgrade --sql} renders a compiled Java revision of the project for each dialect. */
class JavaRevisionCliTests {

	@TempDir
	Path project;

	@Test
	void offlineSqlRendersJavaRevisionsPerDialect() {
		JavaProject.create(this.project);
		CliRun postgres = CliRun.inProcess(this.project, "--dialect", "postgresql", "upgrade", "head", "--sql");
		assertThat(postgres.status()).as(postgres.err()).isZero();
		assertThat(postgres.out()).contains("CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY);",
				"-- Running upgrade a1 -> b2, add email\nBEGIN;\n"
						+ "ALTER TABLE accounts ADD email VARCHAR(100) DEFAULT '' NOT NULL;\n"
						+ "CREATE UNIQUE INDEX ix_accounts_email ON accounts(email);\n");
		CliRun mariadb = CliRun.inProcess(this.project, "--dialect", "mariadb", "upgrade", "head", "--sql");
		assertThat(mariadb.status()).as(mariadb.err()).isZero();
		assertThat(mariadb.out()).contains("ALTER TABLE accounts ADD email VARCHAR(100) DEFAULT '' NOT NULL;\n"
				+ "CREATE UNIQUE INDEX ix_accounts_email ON accounts(email);\n");
	}

	@Test
	void historyListsJavaAndSqlRevisions() {
		JavaProject.create(this.project);
		CliRun history = CliRun.inProcess(this.project, "history");
		assertThat(history.status()).as(history.err()).isZero();
		assertThat(history.out()).isEqualTo("a1 -> b2 (head), add email\n<base> -> a1, create accounts\n");
	}

}
