package dev.retort.cli;

import java.util.Collection;
import java.util.Map;

/**
 * Just enough JSON writing for {@code --json} output; keeps the CLI jar free of a JSON library.
 */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value, "");
		return out.toString();
	}

	private static void append(StringBuilder out, Object value, String indent) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			appendObject(out, map, indent);
		}
		else if (value instanceof Collection<?> list) {
			appendArray(out, list, indent);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			appendString(out, value.toString());
		}
	}

	private static void appendObject(StringBuilder out, Map<?, ?> map, String indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			out.append(inner);
			appendString(out, entry.getKey().toString());
			out.append(": ");
			append(out, entry.getValue(), inner);
			out.append(++i < map.size() ? ",\n" : "\n");
		}
		out.append(indent).append('}');
	}

	private static void appendArray(StringBuilder out, Collection<?> list, String indent) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		int i = 0;
		for (Object item : list) {
			out.append(inner);
			append(out, item, inner);
			out.append(++i < list.size() ? ",\n" : "\n");
		}
		out.append(indent).append(']');
	}

	private static void appendString(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
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
		out.append('"');
	}

}
