package dev.retort.core.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL corpus against squawk, for the rules both tools have: on every case both fire or
 * neither does, unless the case explains the difference ({@code -- squawk-differs:}), and an
 * explained difference must really be one. squawk comes from {@code .ci/run} (npm package
 * squawk-cli); outside CI the test is skipped when it is missing, under {@code CI=true} it fails.
 */
class SquawkCrossCheckTests {

	/** squawk's rule → the Retort rules that answer the same question (either may fire). */
	static final Map<String, Set<String>> SHARED = new LinkedHashMap<>();

	static {
		SHARED.put("require-concurrent-index-creation", Set.of("index-without-concurrently"));
		SHARED.put("require-concurrent-index-deletion", Set.of("drop-index-without-concurrently"));
		SHARED.put("adding-foreign-key-constraint", Set.of("foreign-key-without-not-valid"));
		SHARED.put("adding-not-nullable-field", Set.of("set-not-null"));
		SHARED.put("changing-column-type", Set.of("alter-column-type"));
		SHARED.put("adding-field-with-default", Set.of("volatile-default", "stored-generated-column"));
		SHARED.put("adding-required-field", Set.of("not-null-without-default"));
		SHARED.put("disallowed-unique-constraint", Set.of("add-unique-constraint"));
		SHARED.put("ban-drop-column", Set.of("drop-column"));
		SHARED.put("ban-drop-table", Set.of("drop-table"));
		SHARED.put("renaming-column", Set.of("rename-column"));
		SHARED.put("renaming-table", Set.of("rename-table"));
		SHARED.put("ban-concurrent-index-creation-in-transaction", Set.of("non-transactional-statement"));
	}

	private static final Pattern RULE = Pattern.compile("\"rule_name\"\\s*:\\s*\"([a-z-]+)\"");

	@TempDir
	Path work;

	@Test
	void squawkAgreesOnTheSharedRulesExceptWhereTheCorpusExplainsWhy() throws Exception {
		Path squawk = squawk();
		Linter linter = Linter.forDialect("postgresql");
		List<String> problems = new ArrayList<>();
		int compared = 0;
		int differences = 0;
		for (LintCorpus.Case c : LintCorpus.read("postgresql")) {
			Set<String> ours = LintCorpusTests.active(linter.lint(c.scripts(), Set.of("c1")));
			Set<String> theirs = run(squawk, c);
			for (Map.Entry<String, Set<String>> shared : SHARED.entrySet()) {
				boolean squawkFires = theirs.contains(shared.getKey());
				boolean retortFires = ours.stream().anyMatch(shared.getValue()::contains);
				boolean explained = c.squawkDiffers().containsKey(shared.getKey());
				compared++;
				if (squawkFires != retortFires) {
					differences++;
					if (!explained) {
						problems.add(c.name() + ": squawk " + (squawkFires ? "fires " : "does not fire ")
								+ shared.getKey() + ", Retort " + (retortFires ? "fires " : "does not fire ")
								+ shared.getValue() + " (add '-- squawk-differs: " + shared.getKey() + " <why>')");
					}
				}
				else if (explained) {
					problems.add(c.name() + ": '-- squawk-differs: " + shared.getKey() + "' but both tools agree");
				}
			}
		}
		System.out.printf("squawk cross-check: %d case/rule pairs compared, %d differences, each explained in the corpus%n", compared,
				differences);
		assertThat(problems).isEmpty();
	}

	private Set<String> run(Path squawk, LintCorpus.Case c) throws IOException, InterruptedException {
		Path file = Files.writeString(this.work.resolve("case.sql"), c.body(), StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(squawk.toString(), "--reporter", "json"));
		if (c.transactional()) {
			command.add("--assume-in-transaction");
		}
		command.add(file.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Set<String> rules = new TreeSet<>();
		Matcher matcher = RULE.matcher(out);
		while (matcher.find()) {
			rules.add(matcher.group(1));
		}
		return rules;
	}

	/** squawk from .ci/run's install, the SQUAWK variable, or the PATH. */
	static Path squawk() {
		List<Path> candidates = new ArrayList<>();
		String configured = System.getenv("SQUAWK");
		if (configured != null && !configured.isBlank()) {
			candidates.add(Path.of(configured));
		}
		candidates.add(Path.of("..", ".ci", "tools", "squawk", "node_modules", ".bin", "squawk"));
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!dir.isEmpty()) {
				candidates.add(Path.of(dir, "squawk"));
			}
		}
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate)) {
				return candidate.toAbsolutePath();
			}
		}
		String reason = "squawk is not installed: run 'npm install --prefix .ci/tools/squawk squawk-cli' (as .ci/run does)"
				+ " or set SQUAWK to its path";
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError(reason);
		}
		Assumptions.abort(reason);
		throw new IllegalStateException(reason);
	}

}
