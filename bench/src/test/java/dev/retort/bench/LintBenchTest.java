package dev.retort.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke run of workload G on H2 and PostgreSQL, one fresh JVM of each kind: the start-up
 * lint of 10 pending revisions finds what it should and returns sane timings; how fast is for
 * {@code bench/run} to report.
 */
class LintBenchTest {

	@Test
	void lintsTheTenPendingRevisionsOnEveryDatabase() throws Exception {
		for (Database database : HarnessSmokeTest.databases()) {
			Map<String, List<LintBench.Figures>> modes = LintBench.measure(database, 1);
			assertThat(modes).containsOnlyKeys(LintBench.MODES);
			for (List<LintBench.Figures> runs : modes.values()) {
				LintBench.Figures figures = runs.get(0);
				// PostgreSQL: index, foreign key, rename and drop in each of the 10; H2: rename and drop
				assertThat(figures.findings()).isEqualTo((database == Database.POSTGRESQL) ? 40 : 20);
				assertThat(List.of(figures.cold(), figures.coldCpu(), figures.warm(), figures.warmCpu()))
					.allSatisfy((ms) -> assertThat(ms).isPositive());
				assertThat(figures.classes()).isPositive();
			}
			assertThat(modes.get("warmed").get(0).warmUpCpu()).isPositive();
		}
	}

}
