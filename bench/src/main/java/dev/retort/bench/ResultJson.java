package dev.retort.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link RunResult} as JSON with Jackson (on the bench's classpath through Flyway, the
 * version Spring Boot manages). Keys are sorted, timings have three decimals, a figure that is not
 * finite is {@code null}, and each result row stays on one line so that runs diff line by line.
 *
 * @since 0.1.0
 */
final class ResultJson {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private ResultJson() {
	}

	static String of(RunResult run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("machine", new TreeMap<>(run.machine()));
		json.put("apply", run.applies().stream().map((a) -> row(Map.ofEntries(Map.entry("tool", a.tool().label()),
				Map.entry("database", a.database().label()), Map.entry("n", a.size()),
				Map.entry("applied", a.applied()), Map.entry("finished", a.finished()),
				Map.entry("totalMs", a.totalMs()), Map.entry("perRevisionUs", a.perRevisionUs()),
				Map.entry("firstThousandUsPerRevision", a.firstChunkUs()),
				Map.entry("lastThousandUsPerRevision", a.lastChunkUs()), Map.entry("growth", a.growth()),
				Map.entry("roundTrips", a.roundTrips()), Map.entry("commits", a.commits())), a.curve()))
			.toList());
		json.put("noop", run.noops().stream().map((n) -> row(Map.of("tool", n.tool().label(), "variant", n.variant(),
				"database", n.database().label(), "n", n.size(), "medianMs", n.medianMs(), "minMs", n.minMs(),
				"roundTrips", n.roundTrips()), null)).toList());
		json.put("graph", run.graphs().stream().map((g) -> row(Map.of("n", g.size(), "loadMs", g.loadMs(), "graphMs",
				g.graphMs(), "planMs", g.planMs(), "totalMs", g.totalMs()), null)).toList());
		json.put("boot", run.boots().stream().map((b) -> row(Map.of("variant", b.variant(), "database",
				b.database().label(), "n", b.size(), "readyMs", b.readyMs(), "contextMs", b.contextMs()), null))
			.toList());
		return mapper.writer().with(new RowsPrettyPrinter()).writeValueAsString(json) + "\n";
	}

	/** One result: its fields sorted by name, then the curve if it has one. */
	private static Map<String, @Nullable Object> row(Map<String, Object> fields, @Nullable List<Double> curve) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		new TreeMap<>(fields).forEach((name, value) -> row.put(name, figure(value)));
		if (curve != null) {
			row.put("curveUsPerRevision", curve.stream().map(ResultJson::figure).toList());
		}
		return row;
	}

	private static @Nullable Object figure(Object value) {
		if (value instanceof Double number) {
			return Double.isFinite(number) ? BigDecimal.valueOf(number).setScale(3, RoundingMode.HALF_UP) : null;
		}
		return value;
	}

	/**
	 * The top-level object and the {@code machine} object one entry a line; rows (objects inside the
	 * lists) and curves on a single line each.
	 */
	private static final class RowsPrettyPrinter implements PrettyPrinter, Instantiatable<RowsPrettyPrinter> {

		private int depth;

		@Override
		public RowsPrettyPrinter createInstance() {
			return new RowsPrettyPrinter();
		}

		private boolean oneLine() {
			return this.depth > 2;
		}

		private void newLine(JsonGenerator generator, int level) {
			generator.writeRaw("\n" + "  ".repeat(level));
		}

		@Override
		public void writeRootValueSeparator(JsonGenerator generator) {
			generator.writeRaw('\n');
		}

		@Override
		public void writeStartObject(JsonGenerator generator) {
			this.depth++;
			generator.writeRaw('{');
		}

		@Override
		public void beforeObjectEntries(JsonGenerator generator) {
			if (oneLine()) {
				generator.writeRaw(' ');
			}
			else {
				newLine(generator, this.depth);
			}
		}

		@Override
		public void writeObjectNameValueSeparator(JsonGenerator generator) {
			generator.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator generator) {
			generator.writeRaw(',');
			beforeObjectEntries(generator);
		}

		@Override
		public void writeEndObject(JsonGenerator generator, int entries) {
			if (entries > 0) {
				if (oneLine()) {
					generator.writeRaw(' ');
				}
				else {
					newLine(generator, this.depth - 1);
				}
			}
			generator.writeRaw('}');
			this.depth--;
		}

		@Override
		public void writeStartArray(JsonGenerator generator) {
			this.depth++;
			generator.writeRaw('[');
		}

		@Override
		public void beforeArrayValues(JsonGenerator generator) {
			if (!oneLine()) {
				newLine(generator, this.depth);
			}
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator generator) {
			generator.writeRaw(',');
			if (oneLine()) {
				generator.writeRaw(' ');
			}
			else {
				newLine(generator, this.depth);
			}
		}

		@Override
		public void writeEndArray(JsonGenerator generator, int values) {
			if (!oneLine()) {
				newLine(generator, this.depth - 1);
			}
			generator.writeRaw(']');
			this.depth--;
		}

	}

}
