package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the listing commands with what Alembic 1.8 printed for the same graph (a branch with a
 * label, a merge, a second labelled base and a cross-branch dependency). The expected files are
 * produced by {@code tools/alembic-oracle/cli_fixtures.py}; three more random graphs of 40 revisions
 * ({@code alembic-random-*}) by {@code compare_cli.py --write}, which stores Alembic's output with
 * branch labels sorted (a Python set there). Only {@code Path:} lines (Alembic prints its own .py
 * paths) and the order of sibling lists (also sets) are normalised.
 */
class AlembicOutputTests {

	private static final Path RESOURCES = Path.of("src/test/resources");

	@TempDir
	Path project;

	static Stream<String> cases() throws IOException {
		List<String> cases = new ArrayList<>();
		for (String fixture : List.of("alembic-cli", "alembic-random-3", "alembic-random-8", "alembic-random-14")) {
			try (Stream<Path> files = Files.list(RESOURCES.resolve(fixture).resolve("expected"))) {
				files.map((file) -> file.getFileName().toString())
					.filter((name) -> name.endsWith(".args"))
					.map((name) -> fixture + "/" + name.substring(0, name.length() - ".args".length()))
					.sorted()
					.forEach(cases::add);
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void printsWhatAlembicPrints(String testCase) throws IOException {
		String fixture = testCase.substring(0, testCase.indexOf('/'));
		String name = testCase.substring(testCase.indexOf('/') + 1);
		CliRun.projectWith(this.project, fixture + "/revisions");
		Path expectedDir = RESOURCES.resolve(fixture).resolve("expected");
		String[] args = Files.readAllLines(expectedDir.resolve(name + ".args")).stream()
			.filter((line) -> !line.isEmpty())
			.toArray(String[]::new);
		CliRun run = CliRun.inProcess(this.project, args);
		assertThat(run.err()).isEmpty();
		assertThat(run.status()).isZero();
		String expected = Files.readString(expectedDir.resolve(name + ".txt"));
		assertThat(normalize(run.out())).isEqualTo(normalize(expected));
	}

	static String normalize(String text) {
		List<String> lines = new ArrayList<>();
		List<String> siblings = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("Path: ")) {
				continue;
			}
			if (line.matches("\\s+-> .*")) {
				siblings.add(line);
				continue;
			}
			flush(siblings, lines);
			if (line.startsWith("Branches into: ")) {
				String[] children = line.substring("Branches into: ".length()).split(", ");
				Arrays.sort(children);
				line = "Branches into: " + String.join(", ", children);
			}
			lines.add(line);
		}
		flush(siblings, lines);
		return String.join("\n", lines);
	}

	private static void flush(List<String> siblings, List<String> lines) {
		siblings.sort(null);
		lines.addAll(siblings);
		siblings.clear();
	}

}
