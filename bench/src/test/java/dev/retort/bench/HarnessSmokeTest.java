package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke run of issue 9: the whole harness with N = 50 on H2 and PostgreSQL. It asserts
 * that every tool applied every revision and that the numbers are sane, never how fast they are.
 */
class HarnessSmokeTest {

	private static final int N = 50;

	@TempDir
	Path out;

	@Test
	void runsEveryToolOnH2AndPostgresqlAndWritesResults() throws Exception {
		List<Database> databases = databases();
		Harness.Options options = new Harness.Options(List.of(N), databases, List.of(Tool.values()), List.of(N), 2,
				0, 50, 120, 0, 1, this.out);

		RunResult result = Harness.run(options);

		assertThat(result.applies()).hasSize(Tool.values().length * databases.size());
		for (ApplyResult apply : result.applies()) {
			assertThat(apply.size()).isEqualTo(N);
			assertThat(apply.finished()).isTrue();
			assertThat(apply.totalMs()).isPositive();
			assertThat(apply.perRevisionUs()).isPositive();
			assertThat(apply.curve()).hasSize(20).allSatisfy((value) -> assertThat(value).isPositive());
			// at least the two statements of each revision reached the database
			assertThat(apply.roundTrips()).isGreaterThanOrEqualTo(2L * N);
		}
		// every tool once, Retort also with its files read beforehand, and the read-the-files floor
		assertThat(result.noops()).hasSize((Tool.values().length + 2) * databases.size());
		assertThat(result.noops()).allSatisfy((noop) -> {
			assertThat(noop.medianMs()).isGreaterThanOrEqualTo(noop.minMs()).isPositive();
			if (noop.variant().equals("read-files")) {
				assertThat(noop.roundTrips()).isZero();
			}
			else {
				assertThat(noop.roundTrips()).isPositive();
			}
		});
		assertThat(result.graphs()).singleElement().satisfies((graph) -> {
			assertThat(graph.size()).isEqualTo(N);
			assertThat(graph.totalMs()).isPositive();
		});
		assertThat(result.machine()).containsKeys("processors", "java", "flyway", "liquibase", "h2");
		assertThat(this.out.resolve("latest.json")).content().contains("\"tool\": \"retort\"", "\"graph\"");
		assertThat(Files.readString(this.out.resolve("plot.svg"))).startsWith("<svg").contains("polyline");
		assertThat(this.out.resolve("table.txt")).content().contains("Targets (issue 9):");
	}

	@Test
	void startsTheBootApplicationWithEachToolOnH2() throws Exception {
		// workload C costs a JVM start per variant: H2 only, once each, keeps the smoke run short
		List<BootResult> boots;
		try (Corpus corpus = Corpus.write(N)) {
			boots = new BootStartup(1).run(Database.H2, corpus);
		}

		assertThat(boots).extracting(BootResult::variant).containsExactlyElementsOf(BootStartup.VARIANTS);
		assertThat(boots).allSatisfy((boot) -> {
			assertThat(boot.size()).isEqualTo(N);
			assertThat(boot.readyMs()).isGreaterThan(boot.contextMs()).isPositive();
		});
	}

	static List<Database> databases() {
		String unavailable = Database.POSTGRESQL.unavailable();
		if (unavailable.isEmpty()) {
			return List.of(Database.H2, Database.POSTGRESQL);
		}
		// under CI a missing database is a failure, elsewhere the H2 half still runs
		assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(unavailable).isFalse();
		return List.of(Database.H2);
	}

}
