package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one fuzz case against a fresh H2 database where the valid rev001 and rev002 are applied, and
 * checks the outcome: a clean success, or exactly one {@code FAILED:} line naming the file or the
 * argument, a non-zero exit, no stack trace, and the database as it was.
 */
final class FuzzCaseRunner {

	/** A failure that is really an unexpected exception leaking through, whatever its message. */
	private static final Pattern RAW_EXCEPTION = Pattern.compile("^FAILED: [A-Za-z]*(Exception|Error)\\b");

	/** How a case ended. */
	enum Outcome {

		/** Still valid: it ran. */
		SUCCEEDED,
		/** Failed before changing anything. */
		FAILED_CLEANLY,
		/** Earlier revisions of the same run committed, then one failed: the database is as if the run had stopped before it. */
		FAILED_AFTER_EARLIER_STEPS

	}

	/** The outcome and the first line of stderr, for the report. */
	record Verdict(Outcome outcome, String firstLine) {

	}

	interface Cli {

		RetortJar.Result run(Path project, String... args);

	}

	private FuzzCaseRunner() {
	}

	static Verdict run(Fuzzer.Case fuzzCase, Path root, Cli cli, boolean fileDatabase) {
		Path project = root.resolve("case-" + fuzzCase.number());
		Path folder = project.resolve("revisions");
		TestDatabase db = fileDatabase ? null : TestDatabase.create(DatabaseKind.H2);
		String url = fileDatabase ? "jdbc:h2:file:" + project.resolve("db/fuzz").toAbsolutePath() : db.jdbcUrl();
		try {
			write(folder, Fuzzer.validFiles());
			List<String> base = List.of("--url", url, "--user", "sa", "--locations", "filesystem:" + folder);
			RetortJar.Result setup = InProcess.run(project, args(base, "upgrade", RevisionFiles.id(Fuzzer.APPLIED)));
			assertThat(setup.status()).as(setup.err()).isZero();
			clear(folder);
			write(folder, fuzzCase.files());
			DatabaseState before = state(url);
			RetortJar.Result result = cli.run(project, args(base, fuzzCase.command().toArray(String[]::new)));
			DatabaseState after = state(url);
			String err = result.err();
			String context = fuzzCase.describe() + "\nstdout: " + result.out() + "\nstderr: " + err;
			assertThat(err).as(context).doesNotContain("\tat ").doesNotContain("Caused by:");
			if (result.status() == 0) {
				assertThat(err).as(context).doesNotContain("FAILED");
				return new Verdict(Outcome.SUCCEEDED, err.lines().findFirst().orElse(""));
			}
			List<String> lines = err.lines().toList();
			List<String> failed = lines.stream().filter((line) -> line.startsWith("FAILED: ")).toList();
			assertThat(failed).as(context).hasSize(1);
			String line = failed.get(0);
			assertThat(line).as(context).doesNotContainPattern(RAW_EXCEPTION);
			String message = err.substring(err.indexOf("FAILED: "));
			assertThat(fuzzCase.names()).as(context).anyMatch((name) -> !name.isBlank() && message.contains(name.strip()));
			List<String> running = lines.stream().filter((each) -> each.startsWith("Running ")).toList();
			if (running.size() <= 1) {
				assertThat(after).as("the database is unchanged\n" + context).isEqualTo(before);
				return new Verdict(Outcome.FAILED_CLEANLY, line);
			}
			// each revision commits on its own: those before the failing one stay, the failing one left nothing
			String completed = running.get(running.size() - 2);
			assertThat(after).as("the database is as if the run had stopped before the failing revision\n" + context)
				.isEqualTo(reference(root.resolve("reference-" + fuzzCase.number()), fuzzCase, completed));
			return new Verdict(Outcome.FAILED_AFTER_EARLIER_STEPS, line);
		}
		finally {
			if (db != null) {
				db.close();
			}
			delete(project);
		}
	}

	/** The same setup and files, run only up to the step that completed last. */
	private static DatabaseState reference(Path project, Fuzzer.Case fuzzCase, String completedStep) {
		// "Running upgrade A -> B, message" or "Running downgrade B -> A, message"
		String[] words = completedStep.split(",")[0].split(" ");
		String operation = words[1];
		String to = (words.length > 4) ? words[words.length - 1] : "base";
		TestDatabase db = TestDatabase.create(DatabaseKind.H2);
		Path folder = project.resolve("revisions");
		try {
			write(folder, Fuzzer.validFiles());
			List<String> base = List.of("--url", db.jdbcUrl(), "--user", "sa", "--locations", "filesystem:" + folder);
			assertThat(InProcess.run(project, args(base, "upgrade", RevisionFiles.id(Fuzzer.APPLIED))).status()).isZero();
			clear(folder);
			write(folder, fuzzCase.files());
			RetortJar.Result result = InProcess.run(project, args(base, operation, to));
			assertThat(result.status()).as("reference run " + operation + " " + to + ": " + result.err()).isZero();
			return state(db.jdbcUrl());
		}
		finally {
			db.close();
			delete(project);
		}
	}

	private static String[] args(List<String> base, String... command) {
		List<String> args = new ArrayList<>(base);
		args.addAll(List.of(command));
		return args.toArray(String[]::new);
	}

	private static DatabaseState state(String url) {
		return DatabaseState.of(DatabaseKind.H2, "PUBLIC", () -> java.sql.DriverManager.getConnection(url, "sa", ""));
	}

	static void write(Path folder, Map<String, byte[]> files) {
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				if (file.getKey().endsWith("/")) {
					Files.createDirectories(folder.resolve(file.getKey()));
				}
				else {
					Files.write(folder.resolve(file.getKey()), file.getValue());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void clear(Path folder) {
		delete(folder);
	}

	static void delete(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
