package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code retort --url … graph} on H2, PostgreSQL and MariaDB: revisions named and coloured by state. */
class GraphStatesTests {

	@TempDir
	Path project;

	private CliRun run(TestDatabase database, String... command) {
		return CliRun.inProcess(this.project, database, command);
	}

	@DatabaseTest
	void statesFollowTheDatabase(TestDatabase database) throws IOException {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
		assertThat(run(database, "upgrade", "27c6a30d7c24").status()).isZero();
		Path file = this.project.resolve("src/main/resources/db/revisions/ae1027a6acf0_add_col.sql");
		Files.writeString(file, Files.readString(file).replace("(id INT)", "(id BIGINT)"));
		CliRun text = run(database, "graph");
		assertThat(text.status()).as(text.err()).isZero();
		assertThat(text.out()).contains("* | 27c6a30d7c24 (shop) [current] shop tables\n")
			.contains("* ae1027a6acf0 [modified] add col\n")
			.contains("* 1975ea83b712 [applied] create account\n")
			.contains("* d5a1e6f7c8b9 (head) [pending] add email\n")
			.contains("| * 55af2cb1c267 [pending] audit log\n");
		assertThat(run(database, "graph", "--format", "json").out())
			.contains("\"revision\": \"27c6a30d7c24\",\n      \"message\": \"shop tables\",\n      \"state\": \"current\"");
		String svg = run(database, "graph", "--format", "svg").out();
		assertThat(svg).contains("data-revision=\"ae1027a6acf0\" data-state=\"modified\"", "class=\"rt-legend\"");
		assertThat(run(database, "graph", "--format", "dot").out())
			.contains("\"27c6a30d7c24\" [label=\"27c6a30d7c24 (shop)\\nshop tables\\n[current]\", fillcolor=");
	}

}
