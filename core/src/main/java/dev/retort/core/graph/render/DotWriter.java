package dev.retort.core.graph.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Graphviz DOT: one box per revision (id, labels, head, message, state), solid edges from parent to
 * child, dashed edges labelled {@code depends_on}. Bases are drawn at the top.
 */
final class DotWriter {

	private DotWriter() {
	}

	static String write(Model model) {
		StringBuilder dot = new StringBuilder();
		dot.append("digraph revisions {\n");
		dot.append("  graph [rankdir=TB, fontname=\"Helvetica\"];\n");
		dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, ")
			.append("fillcolor=\"#ffffff\", color=\"#495057\"];\n");
		dot.append("  edge [color=\"#868e96\"];\n");
		for (Model.Item item : model.items) {
			Palette.Colours colours = Palette.of(item.state());
			List<String> lines = new ArrayList<>();
			lines.add(heading(item));
			if (!item.message().isEmpty()) {
				lines.add(item.message().replaceAll("\\s+", " ").strip());
			}
			if (item.state() != null) {
				lines.add("[" + item.state() + "]");
			}
			dot.append("  ").append(quote(item.id())).append(" [label=")
				.append(quote(String.join("\n", lines)));
			if (item.state() != null) {
				dot.append(", fillcolor=").append(quote(colours.fill())).append(", color=")
					.append(quote(colours.stroke()));
			}
			if (item.collapsed() || colours.dashed()) {
				dot.append(", style=\"rounded,filled,dashed\"");
			}
			if ("current".equals(item.state())) {
				dot.append(", penwidth=3");
			}
			dot.append("];\n");
		}
		for (Model.Link link : model.links) {
			dot.append("  ").append(quote(link.from())).append(" -> ").append(quote(link.to()));
			if (link.dependency()) {
				dot.append(" [style=dashed, label=\"depends_on\", fontsize=9]");
			}
			dot.append(";\n");
		}
		dot.append("}\n");
		return dot.toString();
	}

	/** The first line of a box: the id, its branch labels and whether it is a head. */
	static String heading(Model.Item item) {
		if (item.collapsed()) {
			return item.message();
		}
		StringBuilder heading = new StringBuilder(item.id());
		if (!item.labels().isEmpty()) {
			heading.append(" (").append(String.join(", ", item.labels())).append(')');
		}
		if (item.head()) {
			heading.append(" (head)");
		}
		return heading.toString();
	}

	/** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}. */
	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
