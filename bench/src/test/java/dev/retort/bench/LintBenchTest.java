package dev.retort.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke run of workload G on H2 and PostgreSQL: the start-up lint of 10 pending revisions
 * finds what it should and returns sane timings; how fast is for {@code bench/run} to report.
 */
class LintBenchTest {

	@Test
	void lintsTheTenPendingRevisionsOnEveryDatabase() throws Exception {
		for (Database database : HarnessSmokeTest.databases()) {
			LintBench.Figures figures = LintBench.measure(database, 3);
			// PostgreSQL: index, foreign key, rename and drop in each of the 10; H2: rename and drop
			assertThat(figures.findings()).isEqualTo((database == Database.POSTGRESQL) ? 40 : 20);
			assertThat(List.of(figures.checkCold(), figures.checkWarm(), figures.lintCold(), figures.lintWarm()))
				.allSatisfy((ms) -> assertThat(ms).isPositive());
		}
	}

}
