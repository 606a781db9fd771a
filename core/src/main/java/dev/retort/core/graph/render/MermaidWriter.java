package dev.retort.core.graph.render;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart, for Markdown that renders Mermaid (GitHub, GitLab): nodes are {@code n0},
 * {@code n1}, … so any revision id is safe, {@code depends_on} edges are dotted, and each state is a
 * class coloured as in the SVG.
 */
final class MermaidWriter {

	private MermaidWriter() {
	}

	static String write(Model model) {
		StringBuilder mermaid = new StringBuilder("flowchart TB\n");
		Map<String, String> names = new HashMap<>();
		Set<String> states = new LinkedHashSet<>();
		for (Model.Item item : model.items) {
			String name = "n" + names.size();
			names.put(item.id(), name);
			mermaid.append("  ").append(name).append("[\"").append(escape(DotWriter.heading(item)));
			if (!item.collapsed() && !item.message().isEmpty()) {
				mermaid.append("<br/>").append(escape(SvgWriter.fit(item.message(), 60)));
			}
			if (item.state() != null) {
				mermaid.append("<br/><i>").append(escape(item.state())).append("</i>");
				states.add(item.state());
			}
			mermaid.append("\"]\n");
		}
		for (Model.Link link : model.links) {
			mermaid.append("  ").append(names.get(link.from()))
				.append(link.dependency() ? " -. depends_on .-> " : " --> ")
				.append(names.get(link.to())).append('\n');
		}
		for (String state : states) {
			Palette.Colours colours = Palette.of(state);
			mermaid.append("  classDef ").append(className(state)).append(" fill:").append(colours.fill())
				.append(",stroke:").append(colours.stroke()).append(colours.dashed() ? ",stroke-dasharray:4 3" : "")
				.append('\n');
		}
		for (Model.Item item : model.items) {
			if (item.state() != null) {
				mermaid.append("  class ").append(names.get(item.id())).append(' ').append(className(item.state()))
					.append('\n');
			}
		}
		return mermaid.toString();
	}

	private static String className(String state) {
		return "state_" + state.replaceAll("[^A-Za-z0-9_]", "_");
	}

	/** Mermaid's entity codes for the characters that would end or confuse a quoted label. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("#quot;");
				case '<' -> out.append("#lt;");
				case '>' -> out.append("#gt;");
				case '#' -> out.append("#35;");
				case '\n', '\r' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
