package dev.retort.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link RunResult} as JSON by hand: the bench needs no JSON library for five record types.
 *
 * @since 0.1.0
 */
final class Json {

	private Json() {
	}

	static String of(RunResult run) {
		StringBuilder json = new StringBuilder("{\n  \"machine\": {");
		json.append(new TreeMap<>(run.machine()).entrySet()
			.stream()
			.map((e) -> "\n    " + string(e.getKey()) + ": " + string(e.getValue()))
			.collect(Collectors.joining(",")));
		json.append("\n  },\n  \"apply\": [");
		json.append(run.applies().stream().map((a) -> object(Map.ofEntries(Map.entry("tool", a.tool().label()),
				Map.entry("database", a.database().label()), Map.entry("n", a.size()),
				Map.entry("applied", a.applied()), Map.entry("finished", a.finished()),
				Map.entry("totalMs", a.totalMs()), Map.entry("perRevisionUs", a.perRevisionUs()),
				Map.entry("firstThousandUsPerRevision", a.firstChunkUs()),
				Map.entry("lastThousandUsPerRevision", a.lastChunkUs()), Map.entry("growth", a.growth()),
				Map.entry("roundTrips", a.roundTrips()), Map.entry("commits", a.commits())), a.curve()))
			.collect(Collectors.joining(",")));
		json.append("\n  ],\n  \"noop\": [");
		json.append(run.noops().stream().map((n) -> object(Map.of("tool", n.tool().label(), "variant", n.variant(),
				"database", n.database().label(), "n", n.size(), "medianMs", n.medianMs(), "minMs", n.minMs(),
				"roundTrips", n.roundTrips()), null)).collect(Collectors.joining(",")));
		json.append("\n  ],\n  \"graph\": [");
		json.append(run.graphs().stream().map((g) -> object(Map.of("n", g.size(), "loadMs", g.loadMs(), "graphMs",
				g.graphMs(), "planMs", g.planMs(), "totalMs", g.totalMs()), null)).collect(Collectors.joining(",")));
		json.append("\n  ],\n  \"boot\": [");
		json.append(run.boots().stream().map((b) -> object(Map.of("variant", b.variant(), "database",
				b.database().label(), "n", b.size(), "readyMs", b.readyMs(), "contextMs", b.contextMs()), null))
			.collect(Collectors.joining(",")));
		return json.append("\n  ]\n}\n").toString();
	}

	private static String object(Map<String, Object> fields, @Nullable List<Double> curve) {
		String body = new TreeMap<>(fields).entrySet()
			.stream()
			.map((e) -> string(e.getKey()) + ": " + value(e.getValue()))
			.collect(Collectors.joining(", "));
		if (curve != null) {
			body += ", \"curveUsPerRevision\": ["
					+ curve.stream().map(Json::value).collect(Collectors.joining(", ")) + "]";
		}
		return "\n    { " + body + " }";
	}

	private static String value(Object value) {
		if (value instanceof Double number && !Double.isFinite(number)) {
			return "null";
		}
		if (value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Double number) {
			return String.format(Locale.ROOT, "%.3f", number);
		}
		if (value instanceof Number) {
			return value.toString();
		}
		return string(value.toString());
	}

	private static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
