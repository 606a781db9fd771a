package dev.retort.core.graph.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A terminal graph in the manner of {@code git log --graph}: newest first, one column per line of
 * descent, {@code *} for a revision, {@code |\} where a merge's parents part, {@code |/} (or
 * {@code |_|/} across other columns) where the children of a branch point meet again, and an empty
 * line between graphs that share no revision.
 */
final class TextWriter {

	private TextWriter() {
	}

	static String write(Model model) {
		Map<String, List<String>> parents = new HashMap<>();
		Map<String, List<String>> dependencies = new HashMap<>();
		for (Model.Link link : model.links) {
			(link.dependency() ? dependencies : parents).computeIfAbsent(link.to(), (key) -> new ArrayList<>())
				.add(link.from());
		}
		StringBuilder out = new StringBuilder();
		List<String> columns = new ArrayList<>();
		for (Model.Item item : model.items) {
			int column = columns.indexOf(item.id());
			if (column < 0) {
				if (columns.isEmpty() && !out.isEmpty()) {
					// a separate tree starts: keep it apart from the base above
					out.append('\n');
				}
				columns.add(item.id());
				column = columns.size() - 1;
			}
			for (int other = columns.lastIndexOf(item.id()); other != column; other = columns.lastIndexOf(item.id())) {
				line(out, meet(columns.size(), column, other));
				columns.remove(other);
			}
			char[] node = lanes(columns.size());
			node[2 * column] = '*';
			line(out, new String(node).stripTrailing() + " " + describe(item, dependencies.getOrDefault(item.id(), List.of())));
			List<String> up = parents.getOrDefault(item.id(), List.of());
			if (up.isEmpty()) {
				if (column < columns.size() - 1) {
					line(out, close(columns.size(), column));
				}
				columns.remove(column);
				continue;
			}
			columns.set(column, up.get(0));
			for (int i = up.size() - 1; i >= 1; i--) {
				columns.add(column + 1, up.get(i));
				line(out, part(columns.size(), column));
			}
		}
		return out.toString();
	}

	private static void line(StringBuilder out, String line) {
		out.append(line.stripTrailing()).append('\n');
	}

	private static char[] lanes(int columns) {
		char[] line = new char[2 * columns];
		Arrays.fill(line, ' ');
		for (int k = 0; k < columns; k++) {
			line[2 * k] = '|';
		}
		return line;
	}

	/** Column {@code other} joins column {@code column} on its left; the columns after it shift left. */
	private static String meet(int columns, int column, int other) {
		char[] line = lanes(columns);
		for (int position = 2 * column + 1; position < 2 * other - 1; position++) {
			if (line[position] == ' ') {
				line[position] = '_';
			}
		}
		for (int k = other; k < columns; k++) {
			line[2 * k] = ' ';
			line[2 * k - 1] = '/';
		}
		return new String(line);
	}

	/** Column {@code column} ends (a base); the columns after it shift left. */
	private static String close(int columns, int column) {
		char[] line = lanes(columns);
		line[2 * column] = ' ';
		for (int k = column + 1; k < columns; k++) {
			line[2 * k] = ' ';
			line[2 * k - 1] = '/';
		}
		return new String(line);
	}

	/** A new column opens right of {@code column} (a merge's other parent); the columns after shift right. */
	private static String part(int columns, int column) {
		char[] line = lanes(columns);
		for (int k = column + 1; k < columns; k++) {
			line[2 * k] = ' ';
			line[2 * k - 1] = '\\';
		}
		return new String(line);
	}

	private static String describe(Model.Item item, List<String> dependencies) {
		StringBuilder line = new StringBuilder(DotWriter.heading(item));
		if (item.state() != null) {
			line.append(" [").append(item.state()).append(']');
		}
		if (!dependencies.isEmpty()) {
			line.append(" (depends on ").append(String.join(", ", dependencies)).append(')');
		}
		if (!item.collapsed() && !item.message().isEmpty()) {
			line.append(' ').append(item.message().replaceAll("\\s+", " ").strip());
		}
		return line.toString();
	}

}
