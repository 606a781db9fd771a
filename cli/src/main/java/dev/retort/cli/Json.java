package dev.retort.cli;

import java.util.Collection;
import java.util.Map;

/**
 * Just enough JSON writing for {@code --json} output: maps (in their iteration order),
 * collections, numbers, booleans, {@code null}, strings, and {@link Raw} text already written by
 * this class. The CLI has no JSON library on its classpath and its runnable jar stays small, so this
 * is the project's one hand-written JSON writer; modules that have Jackson use it.
 */
final class Json {

	/**
	 * JSON that this class wrote earlier (a command's own {@code --json} output), placed as it is
	 * and indented to where it lands.
	 * @param json the JSON text
	 */
	record Raw(String json) {
	}

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
		else if (value instanceof Raw raw) {
			out.append(raw.json().strip().replace("\n", "\n" + indent));
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
