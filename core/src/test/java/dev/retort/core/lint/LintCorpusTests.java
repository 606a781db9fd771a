package dev.retort.core.lint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.retort.core.script.Script;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled corpus: every expected rule fires (recall) and no other does (precision), per
 * dialect; both are printed and must be 100 %.
 */
class LintCorpusTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb" })
	void everyCaseOfTheCorpusGetsExactlyItsExpectedFindings(String dialect) throws IOException {
		List<LintCorpus.Case> cases = LintCorpus.read(dialect);
		Linter linter = Linter.forDialect(dialect);
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int risky = 0;
		List<String> mismatches = new ArrayList<>();
		for (LintCorpus.Case c : cases) {
			Set<String> actual = active(linter.lint(c.scripts(), Set.of("c1")));
			Set<String> missed = new TreeSet<>(c.expected());
			missed.removeAll(actual);
			Set<String> extra = new TreeSet<>(actual);
			extra.removeAll(c.expected());
			truePositives += c.expected().size() - missed.size();
			falseNegatives += missed.size();
			falsePositives += extra.size();
			risky += c.expected().isEmpty() ? 0 : 1;
			if (!missed.isEmpty() || !extra.isEmpty()) {
				mismatches.add(c.name() + ": missed " + missed + ", unexpected " + extra);
			}
		}
		double precision = (truePositives + falsePositives == 0) ? 1 : truePositives / (double) (truePositives + falsePositives);
		double recall = (truePositives + falseNegatives == 0) ? 1 : truePositives / (double) (truePositives + falseNegatives);
		System.out.printf("lint corpus %s: %d cases (%d risky, %d safe), precision %.1f %%, recall %.1f %%%n", dialect,
				cases.size(), risky, cases.size() - risky, precision * 100, recall * 100);
		assertThat(mismatches).isEmpty();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(dialect.equals("postgresql") ? 40 : 20);
		assertThat(risky).isGreaterThanOrEqualTo(cases.size() / 3);
		assertThat(cases.size() - risky).isGreaterThanOrEqualTo(cases.size() / 3);
	}

	/**
	 * The start-up lint's path, which reads the given revision only when a rule needs a column type
	 * from it, finds exactly what linting both revisions finds, on every case.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void lintingThePendingRevisionWithLazyEarlierOnesFindsTheSameOnEveryCase(String dialect) throws IOException {
		List<LintCorpus.Case> cases = new ArrayList<>(LintCorpus.read("postgresql"));
		cases.addAll(LintCorpus.read("mariadb"));
		Linter linter = Linter.forDialect(dialect);
		for (LintCorpus.Case c : cases) {
			List<Script> scripts = c.scripts();
			assertThat(linter.lintPending(scripts.subList(1, 2), () -> scripts.subList(0, 1)))
				.as(c.name())
				.isEqualTo(linter.lint(scripts, Set.of("c1")));
		}
	}

	static Set<String> active(List<Finding> findings) {
		return findings.stream()
			.filter((finding) -> finding.suppressed().isEmpty())
			.map(Finding::rule)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
