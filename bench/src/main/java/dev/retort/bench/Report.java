package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The printed table: every workload per database and N, and each target of issue 9 as a ratio
 * measured in the same run, marked {@code ok} or {@code MISSED}.
 *
 * @since 0.1.0
 */
final class Report {

	private final RunResult run;

	private final List<String> lines = new ArrayList<>();

	private final List<String> targets = new ArrayList<>();

	Report(RunResult run) {
		this.run = run;
	}

	String render(List<Database> databases, List<Integer> sizes) {
		line("A. apply N revisions from empty: total ms | us per revision | growth (last/first thousand)");
		line("   (\">\": stopped at the time limit after @k revisions; the figures are lower bounds)");
		line(String.format(Locale.ROOT, "%-11s %6s  %-26s %-26s %-26s %-26s", "database", "N", "retort", "flyway",
				"liquibase", "jdbc"));
		for (Database database : databases) {
			for (int size : sizes) {
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11s %6d ", database.label(), size));
				for (Tool tool : Tool.values()) {
					row.append(' ').append(this.run.apply(tool, database, size)
						.map((a) -> String.format(Locale.ROOT, "%-26s", a.finished()
								? String.format(Locale.ROOT, "%.0f | %.0f | %.2fx", a.totalMs(), a.perRevisionUs(),
										a.growth())
								: String.format(Locale.ROOT, ">%.0f | >%.0f | %.2fx @%d", a.totalMs(),
										a.perRevisionUs(), a.growth(), a.applied())))
						.orElse(String.format("%-26s", "-")));
				}
				line(row.toString());
			}
		}
		line("");
		line("B. no-op start with N applied: median ms (round trips); files: listing and reading the N revision files, nothing else");
		line(String.format(Locale.ROOT, "%-11s %6s  %-16s %-16s %-16s %-16s %-16s %-16s", "database", "N", "retort",
				"retort(loaded)", "flyway", "liquibase", "jdbc", "files"));
		for (Database database : databases) {
			for (int size : sizes) {
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11s %6d ", database.label(), size));
				row.append(' ').append(noop(Tool.RETORT, "cold", database, size));
				row.append(' ').append(noop(Tool.RETORT, "loaded", database, size));
				for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE, Tool.JDBC)) {
					row.append(' ').append(noop(tool, "cold", database, size));
				}
				row.append(' ').append(String.format(Locale.ROOT, "%-16s", this.run.noop(Tool.JDBC, "read-files", database, size)
					.map((n) -> String.format(Locale.ROOT, "%.1f", n.medianMs()))
					.orElse("-")));
				line(row.toString());
			}
		}
		line("");
		if (!this.run.boots().isEmpty()) {
			line("C. Spring Boot start, nothing pending: median ms from JVM start to ApplicationReadyEvent (migrate current: to exit)"
					+ " (Boot's own 'started in')");
			line(String.format(Locale.ROOT, "%-11s %6s  %-16s %-16s %-16s %-16s %-16s %-16s", "database", "N", "none",
					"retort", "flyway", "liquibase", "migrate current", "retort(index)"));
			for (Database database : databases) {
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-11s %6s ", database.label(),
						this.run.boots().get(0).size()));
				for (String variant : BootStartup.VARIANTS) {
					row.append(' ').append(String.format(Locale.ROOT, "%-16s", this.run.boot(variant, database)
						.map((b) -> String.format(Locale.ROOT, "%.0f (%.0f)", b.readyMs(), b.contextMs()))
						.orElse("-")));
				}
				line(row.toString());
			}
			line("");
		}
		line("D. load N revision files + graph + upgrade/downgrade plans (median ms after warm-up)");
		for (GraphResult graph : this.run.graphs()) {
			line(String.format(Locale.ROOT, "N=%-6d total %7.1f  (load %.1f, graph %.1f, plans %.1f)", graph.size(),
					graph.totalMs(), graph.loadMs(), graph.graphMs(), graph.planMs()));
		}
		checkTargets(databases, sizes);
		line("");
		line("Targets (issue 9):");
		this.targets.forEach(this::line);
		return String.join("\n", this.lines) + "\n";
	}

	private String noop(Tool tool, String variant, Database database, int size) {
		return String.format(Locale.ROOT, "%-16s", this.run.noop(tool, variant, database, size)
			.map((n) -> String.format(Locale.ROOT, "%.1f (%d)", n.medianMs(), n.roundTrips()))
			.orElse("-"));
	}

	private void checkTargets(List<Database> databases, List<Integer> sizes) {
		int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
		for (Database database : databases) {
			Optional<ApplyResult> retort = this.run.apply(Tool.RETORT, database, largest);
			Optional<ApplyResult> jdbc = this.run.apply(Tool.JDBC, database, largest);
			if (retort.isPresent() && jdbc.isPresent()) {
				double ratio = retort.get().totalMs() / jdbc.get().totalMs();
				target(ratio <= 1.3, "A %s N=%d: retort / raw JDBC = %.2fx (target <= 1.3x)", database.label(), largest,
						ratio);
			}
			Optional<Double> rival = this.run.applies()
				.stream()
				.filter((a) -> a.database() == database && a.size() == largest
						&& (a.tool() == Tool.FLYWAY || a.tool() == Tool.LIQUIBASE))
				.map(ApplyResult::totalMs)
				.min(Double::compare);
			if (retort.isPresent() && rival.isPresent()) {
				// a rival stopped at the time limit took at least that long: the ratio is then a lower bound
				double ratio = rival.get() / retort.get().totalMs();
				// the raw JDBC loop sends only the revisions' statements: no tool can beat it by much
				String ceiling = jdbc.map((floor) -> String.format(Locale.ROOT, "; raw JDBC itself: %.2fx",
						rival.get() / floor.totalMs())).orElse("");
				target(ratio >= 5, "A %s N=%d: faster of flyway/liquibase / retort = %.2fx (target >= 5x%s)",
						database.label(), largest, ratio, ceiling);
			}
			retort.ifPresent((a) -> target(a.growth() <= 1.5,
					"A %s N=%d: retort last/first thousand = %.2fx (flat: target <= 1.5x)", database.label(), largest,
					a.growth()));
			for (int size : sizes) {
				for (String variant : List.of("cold", "loaded")) {
					this.run.noop(Tool.RETORT, variant, database, size)
						.ifPresent((n) -> target(n.medianMs() <= 50 && n.roundTrips() <= 2,
								"B %s N=%d retort(%s): %.1f ms, %d round trips (target <= 50 ms, <= 2%s)",
								database.label(), size, variant, n.medianMs(), n.roundTrips(),
								variant.equals("cold") ? filesFloor(database, size) : ""));
				}
			}
		}
		for (Database database : databases) {
			this.run.boot(BootStartup.RETORT_INDEX, database)
				.ifPresent((retort) -> this.run.boot("none", database).ifPresent((none) -> {
					double added = retort.readyMs() - none.readyMs();
					target(added <= 60, "C %s N=%d: the starter with a revision index adds %.0f ms to a Boot start"
							+ " (target <= 60 ms, issue 19)", database.label(), retort.size(), added);
				}));
			this.run.boot("retort", database)
				.ifPresent((retort) -> this.run.boot("none", database).ifPresent((none) -> {
					double added = retort.readyMs() - none.readyMs();
					target(added <= 100, "C %s N=%d: the starter adds %.0f ms to a Boot start (target <= 100 ms)",
							database.label(), retort.size(), added);
				}));
			this.run.boot("retort", database)
				.ifPresent((retort) -> this.run.boot(BootStartup.MIGRATE_CURRENT, database).ifPresent((command) -> {
					double share = command.readyMs() / retort.readyMs();
					target(share <= 0.5, "C %s N=%d: 'java -jar app.jar migrate current' takes %.0f ms, %.0f%% of a"
							+ " normal start with the starter (target <= 50%%)", database.label(), retort.size(),
							command.readyMs(), share * 100);
				}));
		}
		this.run.graphs()
			.stream()
			.filter((g) -> g.size() == 10_000)
			.forEach((g) -> target(g.totalMs() < 200, "D N=10000: %.1f ms (target < 200 ms)", g.totalMs()));
	}

	private String filesFloor(Database database, int size) {
		return this.run.noop(Tool.JDBC, "read-files", database, size)
			.map((n) -> String.format(Locale.ROOT, "; reading the files alone: %.1f ms", n.medianMs()))
			.orElse("");
	}

	private void target(boolean met, String format, Object... args) {
		this.targets.add(String.format(Locale.ROOT, "  [%s] ", met ? "ok" : "MISSED") + String.format(Locale.ROOT,
				format, args));
	}

	private void line(String line) {
		this.lines.add(line);
	}

}
