package dev.retort.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke run of workload F: 4 schemas x 3 revisions at parallelism 1 and 2. The workload
 * itself fails when a tenant does not end at the head; this checks the table, never the speed.
 */
class TenantBenchSmokeTest {

	@TempDir
	Path out;

	@Test
	void appliesEveryRevisionToEveryTenantAtEachParallelismAndWritesTheTable() throws Exception {
		TenantBench.main(new String[] { this.out.toString(), "4", "3", "1", "2" });
		assertThat(this.out.resolve("tenants.txt")).content()
			.startsWith("F: 4 PostgreSQL schemas x 3 revisions")
			.containsPattern("\\n1 +[0-9.]+ +[0-9]+ +[0-9.]+ +1\\n")
			.containsPattern("\\n2 +[0-9.]+ +[0-9]+ +[0-9.]+ +1\\n")
			.contains("time ratio parallelism 2 / 1: ");
	}

}
