package dev.retort.bench;

import java.util.Optional;

/**
 * Where the PostgreSQL server is: the same variables the tests use ({@code RETORT_PG_URL},
 * {@code RETORT_PG_USER}, {@code RETORT_PG_PASSWORD}), defaulting to the local service.
 *
 * @since 0.1.0
 */
final class Settings {

	private Settings() {
	}

	static String pgUrl() {
		return env("RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	}

	static String pgUser() {
		return env("RETORT_PG_USER", "postgres");
	}

	static String pgPassword() {
		return env("RETORT_PG_PASSWORD", "");
	}

	/**
	 * Whether benchmark databases keep PostgreSQL's {@code synchronous_commit} (each commit waits for
	 * its WAL flush); {@code RETORT_BENCH_PG_SYNC=on} turns it back on. Off by default.
	 */
	static boolean pgSynchronousCommit() {
		return env("RETORT_BENCH_PG_SYNC", "off").equalsIgnoreCase("on");
	}

	private static String env(String name, String fallback) {
		return Optional.ofNullable(System.getenv(name)).filter((value) -> !value.isBlank()).orElse(fallback);
	}

}
