package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code init}, {@code revision} and {@code merge} on a project folder, as Alembic users run them. */
class CliRevisionTests {

	@TempDir
	Path project;

	private CliRun run(String... args) {
		return CliRun.inProcess(this.project, args);
	}

	private Path folder() {
		return this.project.resolve("src/main/resources/db/revisions");
	}

	private String file(String id) throws IOException {
		try (Stream<Path> files = Files.list(folder())) {
			Path path = files.filter((f) -> f.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
			return Files.readString(path);
		}
	}

	@Test
	void initCreatesFolderAndProperties() throws IOException {
		CliRun run = run("init");
		assertThat(run.status()).isZero();
		assertThat(folder()).isEmptyDirectory();
		assertThat(this.project.resolve("retort.properties")).content()
			.contains("migrate.locations=classpath:db/revisions");
		assertThat(run.out()).contains("Creating directory", "Generating", "retort.properties");
	}

	@Test
	void initWithFolderOutsideResourcesUsesFilesystemLocation() throws IOException {
		assertThat(run("init", "migrations").status()).isZero();
		assertThat(this.project.resolve("retort.properties")).content().contains("migrate.locations=filesystem:migrations");
		assertThat(run("revision", "-m", "first", "--rev-id", "a1").status()).isZero();
		assertThat(this.project.resolve("migrations/a1_first.sql")).exists();
	}

	@Test
	void initRefusesNonEmptyFolder() throws IOException {
		Files.createDirectories(folder());
		Files.writeString(folder().resolve("keep.txt"), "x");
		CliRun run = run("init");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).contains("already exists and is not empty");
	}

	@Test
	void revisionChainsOnTheHeadAndParsesBack() throws IOException {
		run("init");
		assertThat(run("revision", "-m", "create account", "--rev-id", "a1").status()).isZero();
		assertThat(run("revision", "-m", "add col", "--rev-id", "a2").status()).isZero();
		assertThat(file("a1")).contains("-- revision: a1", "-- message: create account", "-- migrate:upgrade",
				"-- migrate:downgrade").doesNotContain("down_revision: a");
		assertThat(file("a2")).contains("-- down_revision: a1");
		assertThat(run("history").out()).isEqualTo("a1 -> a2 (head), add col\n<base> -> a1, create account\n");
	}

	@Test
	void generatedIdIsTwelveHexCharacters() throws IOException {
		run("init");
		CliRun run = run("revision", "-m", "x");
		assertThat(run.status()).isZero();
		try (Stream<Path> files = Files.list(folder())) {
			assertThat(files.map((f) -> f.getFileName().toString()).toList()).singleElement()
				.satisfies((name) -> assertThat(name).matches("[0-9a-f]{12}_x\\.sql"));
		}
	}

	@Test
	void twoHeadsNeedHeadOrMerge() throws IOException {
		run("init");
		run("revision", "-m", "base", "--rev-id", "a1");
		run("revision", "-m", "left", "--rev-id", "b1");
		CliRun splice = run("revision", "-m", "right", "--rev-id", "c1", "--head", "a1");
		assertThat(splice.err()).contains(
				"Revision a1 is not a head revision; please specify --splice to create a new branch from this revision");
		assertThat(run("revision", "-m", "right", "--rev-id", "c1", "--head", "a1", "--splice").status()).isZero();
		CliRun ambiguous = run("revision", "-m", "next");
		assertThat(ambiguous.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(ambiguous.err()).isEqualTo("FAILED: Multiple heads are present; please specify the head revision "
				+ "on which the new revision should be based, or perform a merge.\n");
		assertThat(run("merge", "-m", "merge both", "--rev-id", "m1", "heads").status()).isZero();
		assertThat(file("m1")).contains("-- down_revision: b1, c1");
		assertThat(run("heads").out()).isEqualTo("m1 (head)\n");
		assertThat(run("branches").out()).startsWith("a1 (branchpoint)\n");
	}

	@Test
	void newBaseWithBranchLabelAndDependency() throws IOException {
		run("init");
		run("revision", "-m", "core", "--rev-id", "a1");
		assertThat(run("revision", "-m", "shop", "--rev-id", "s1", "--head", "base", "--branch-label", "shop",
				"--depends-on", "a1").status()).isZero();
		assertThat(file("s1")).contains("-- branch_labels: shop", "-- depends_on: a1").doesNotContain("down_revision: a");
		assertThat(run("revision", "-m", "more shop", "--rev-id", "s2", "--head", "shop@head").status()).isZero();
		assertThat(file("s2")).contains("-- down_revision: s1");
		assertThat(run("heads").out().lines().toList()).containsExactlyInAnyOrder("a1 (effective head)", "s2 (shop) (head)");
		assertThat(run("heads", "--resolve-dependencies").out()).isEqualTo("s2 (shop) (head)\n");
	}

	@Test
	void duplicateBranchLabelIsRefusedBeforeWriting() throws IOException {
		run("init");
		run("revision", "-m", "core", "--rev-id", "a1", "--branch-label", "core");
		CliRun run = run("revision", "-m", "again", "--rev-id", "b1", "--head", "base", "--branch-label", "core");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).contains("core");
		try (Stream<Path> files = Files.list(folder())) {
			assertThat(files.toList()).hasSize(1);
		}
	}

	@Test
	void invalidRevIdIsRefused() {
		run("init");
		CliRun run = run("revision", "-m", "x", "--rev-id", "a-b");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).contains("'a-b'", "--rev-id");
	}

	@Test
	void jsonListsAreMachineReadable() {
		run("init");
		run("revision", "-m", "first", "--rev-id", "a1");
		String json = run("heads", "--json").out();
		assertThat(json).contains("\"revision\": \"a1\"", "\"head\": true", "\"message\": \"first\"");
		assertThat(List.of(run("history", "--json").out(), run("branches", "--json").out(), run("show", "a1", "--json").out()))
			.allSatisfy((out) -> assertThat(out.strip()).startsWith("[").endsWith("]"));
	}

}
