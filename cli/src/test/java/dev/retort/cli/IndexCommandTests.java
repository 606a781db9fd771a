package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retort index}: writes {@code retort.index} into the compiled classes (or beside
 * {@code filesystem:} files), fails naming the file on bad input, and what it writes is what the
 * other commands then read.
 */
class IndexCommandTests {

	@TempDir
	Path project;

	private static String revision(String id, String down) {
		return "-- revision: " + id + "\n" + (down.isEmpty() ? "" : "-- down_revision: " + down + "\n")
				+ "-- message: m " + id + "\n\n-- migrate:upgrade\nCREATE TABLE " + id + " (id INT);\n\n"
				+ "-- migrate:downgrade\nDROP TABLE " + id + ";\n";
	}

	private Path classes() throws IOException {
		Path folder = Files.createDirectories(this.project.resolve("target/classes/db/revisions"));
		Files.writeString(folder.resolve("a1_first.sql"), revision("a1", ""));
		Files.writeString(folder.resolve("a2_second.sql"), revision("a2", "a1"));
		return folder;
	}

	@Test
	void indexesTheCompiledClasspathLocationByDefault() throws IOException {
		Path folder = classes();
		CliRun run = CliRun.inProcess(this.project, "index");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("Wrote " + folder.resolve("retort.index") + " (2 revisions of classpath:db/revisions)\n");
		assertThat(Files.readString(folder.resolve("retort.index"))).contains("\ta1\t").contains("\ta2\ta1\t");
	}

	@Test
	void outputDirAndFilesystemLocations() throws IOException {
		Path build = Files.createDirectories(this.project.resolve("out/db/revisions"));
		Files.writeString(build.resolve("b1_x.sql"), revision("b1", ""));
		Path extra = Files.createDirectories(this.project.resolve("extra"));
		Files.writeString(extra.resolve("c1_x.sql"), revision("c1", "b1"));
		CliRun run = CliRun.inProcess(this.project, "--locations", "classpath:db/revisions,filesystem:extra", "index",
				"--output-dir", "out");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out().lines()).containsExactly(
				"Wrote " + build.resolve("retort.index") + " (1 revision of classpath:db/revisions)",
				"Wrote " + extra.resolve("retort.index") + " (1 revision of filesystem:" + extra + ")");
	}

	@Test
	void badInputFailsNamingTheFileAndWritesNothing() throws IOException {
		Path folder = classes();
		Files.writeString(folder.resolve("a3_dup.sql"), revision("a2", "a1").replace("revision: a2", "revision: a3")
			.replace("-- message", "-- mesage"));
		CliRun broken = CliRun.inProcess(this.project, "index");
		assertThat(broken.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(broken.err()).startsWith("FAILED: ").contains("a3_dup.sql").contains("mesage");
		Files.writeString(folder.resolve("a3_dup.sql"), revision("a2", "a1"));
		Files.move(folder.resolve("a3_dup.sql"), folder.resolve("a2_dup.sql"));
		CliRun duplicate = CliRun.inProcess(this.project, "index");
		assertThat(duplicate.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(duplicate.err()).startsWith("FAILED: ").contains("a2_dup.sql").contains("a2_second.sql");
		assertThat(folder.resolve("retort.index")).doesNotExist();
		CliRun missing = CliRun.inProcess(this.project, "index", "--output-dir", "nothing");
		assertThat(missing.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(missing.err()).contains("nothing/db/revisions").contains("--output-dir");
	}

	@DatabaseTest
	void commandsReadTheIndexedFolder(TestDatabase db) throws IOException {
		Path folder = Files.createDirectories(this.project.resolve("revisions"));
		Files.writeString(folder.resolve("a1_first.sql"), revision("a1", ""));
		Files.writeString(folder.resolve("a2_second.sql"), revision("a2", "a1"));
		assertThat(CliRun.inProcess(this.project, "--locations", "revisions", "index").status()).isZero();
		assertThat(CliRun.inProcess(this.project, db, "--locations", "revisions", "upgrade", "heads").status()).isZero();
		CliRun current = CliRun.inProcess(this.project, db, "--locations", "revisions", "current");
		assertThat(current.out()).startsWith("a2 (head)");
		assertThat(CliRun.inProcess(this.project, db, "--locations", "revisions", "validate").out())
			.contains("All applied revisions match their files.");
		// an applied file edited after indexing: the index is stale, validate names the revision
		Path file = folder.resolve("a1_first.sql");
		Files.writeString(file, Files.readString(file).replace("(id INT)", "(id BIGINT)"));
		CliRun validate = CliRun.inProcess(this.project, db, "--locations", "revisions", "validate");
		assertThat(validate.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(validate.err()).contains("a1");
	}

}
