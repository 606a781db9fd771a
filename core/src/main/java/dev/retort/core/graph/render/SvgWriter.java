package dev.retort.core.graph.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.retort.core.graph.render.Layout.NODE_HEIGHT;
import static dev.retort.core.graph.render.Layout.NODE_WIDTH;
import static dev.retort.core.graph.render.Layout.number;

/**
 * Retort's own SVG: a {@link Layout} drawn with boxes coloured by state, arrows from parent to
 * child, dashed arrows for {@code depends_on}, and a legend of the states when there are any.
 * Every box is a {@code <g class="rt-node" data-revision="…">}; the drawing needs no script and no
 * external resource, so it can be inlined in a page or opened alone.
 */
final class SvgWriter {

	private static final double LEGEND_HEIGHT = 30;

	private static final double CHAR_WIDTH = 7.2;

	private static final String EDGE = "#868e96";

	private SvgWriter() {
	}

	static String write(Model model) {
		List<String> legend = legend(model);
		double top = Layout.MARGIN + (legend.isEmpty() ? 0 : LEGEND_HEIGHT);
		Layout layout = Layout.of(model, top);
		double width = Math.max(layout.width, legendWidth(legend) + 2 * Layout.MARGIN);
		double height = model.items.isEmpty() ? top + Layout.MARGIN : layout.height;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rt-graph\" width=\"").append(number(width))
			.append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(width))
			.append(' ').append(number(height))
			.append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\">\n");
		svg.append("<title>Revision graph: ").append(model.items.size()).append(" revisions</title>\n");
		svg.append("<defs>\n");
		marker(svg, "rt-arrow");
		svg.append("</defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		legend(svg, legend);
		for (Layout.Route route : layout.routes) {
			edge(svg, route);
		}
		for (Layout.Box box : layout.boxes) {
			node(svg, box);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void marker(StringBuilder svg, String id) {
		svg.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
			.append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
			.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(EDGE).append("\"/></marker>\n");
	}

	/** The five states Retort reports, then any other state present, once states are shown at all. */
	private static List<String> legend(Model model) {
		if (!model.hasStates()) {
			return List.of();
		}
		Set<String> states = new LinkedHashSet<>(Palette.STATES);
		model.items.forEach((item) -> {
			if (item.state() != null) {
				states.add(item.state());
			}
		});
		return new ArrayList<>(states);
	}

	private static double legendWidth(List<String> legend) {
		return legend.stream().mapToDouble(SvgWriter::legendEntryWidth).sum();
	}

	private static double legendEntryWidth(String state) {
		return 22 + state.length() * CHAR_WIDTH + 14;
	}

	private static void legend(StringBuilder svg, List<String> legend) {
		if (legend.isEmpty()) {
			return;
		}
		svg.append("<g class=\"rt-legend\">\n");
		double x = Layout.MARGIN;
		for (String state : legend) {
			Palette.Colours colours = Palette.of(state);
			svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(Layout.MARGIN))
				.append("\" width=\"16\" height=\"16\" rx=\"3\"");
			paint(svg, colours, 1.5);
			svg.append("/><text x=\"").append(number(x + 22)).append("\" y=\"").append(number(Layout.MARGIN + 12.5))
				.append("\" fill=\"#212529\">").append(Markup.escape(state)).append("</text>\n");
			x += legendEntryWidth(state);
		}
		svg.append("</g>\n");
	}

	private static void paint(StringBuilder svg, Palette.Colours colours, double strokeWidth) {
		svg.append(" fill=\"").append(colours.fill()).append("\" stroke=\"").append(colours.stroke())
			.append("\" stroke-width=\"").append(number(strokeWidth)).append('"');
		if (colours.dashed()) {
			svg.append(" stroke-dasharray=\"4 3\"");
		}
	}

	private static void edge(StringBuilder svg, Layout.Route route) {
		Model.Link link = route.link();
		List<double[]> points = route.points();
		StringBuilder path = new StringBuilder();
		double[] first = points.get(0);
		path.append('M').append(number(first[0])).append(',').append(number(first[1]));
		for (int i = 1; i < points.size(); i++) {
			double[] from = points.get(i - 1);
			double[] to = points.get(i);
			if (from[0] == to[0]) {
				path.append(" L").append(number(to[0])).append(',').append(number(to[1]));
			}
			else {
				double middle = (from[1] + to[1]) / 2;
				path.append(" C").append(number(from[0])).append(',').append(number(middle)).append(' ')
					.append(number(to[0])).append(',').append(number(middle)).append(' ')
					.append(number(to[0])).append(',').append(number(to[1]));
			}
		}
		svg.append("<path class=\"rt-edge").append(link.dependency() ? " rt-depends-on" : "")
			.append("\" data-from=\"").append(Markup.escape(link.from())).append("\" data-to=\"")
			.append(Markup.escape(link.to())).append("\" d=\"").append(path).append("\" fill=\"none\" stroke=\"")
			.append(EDGE).append("\" stroke-width=\"1.5\"");
		if (link.dependency()) {
			svg.append(" stroke-dasharray=\"6 4\"");
		}
		svg.append(" marker-end=\"url(#rt-arrow)\">");
		svg.append("<title>").append(Markup.escape(link.to())).append(link.dependency() ? " depends on " : " revises ")
			.append(Markup.escape(link.from())).append("</title></path>\n");
	}

	private static void node(StringBuilder svg, Layout.Box box) {
		Model.Item item = box.item();
		Palette.Colours colours = Palette.of(item.state());
		double x = box.x();
		double y = box.y();
		svg.append("<g class=\"rt-node\" data-revision=\"").append(Markup.escape(item.id())).append('"');
		if (item.state() != null) {
			svg.append(" data-state=\"").append(Markup.escape(item.state())).append('"');
		}
		svg.append(">\n<title>").append(Markup.escape(title(item))).append("</title>\n");
		svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
			.append(number(NODE_WIDTH)).append("\" height=\"").append(number(NODE_HEIGHT)).append("\" rx=\"6\"");
		paint(svg, item.collapsed() ? new Palette.Colours(colours.fill(), colours.stroke(), true) : colours,
				"current".equals(item.state()) ? 3 : 1.5);
		svg.append("/>\n");
		if (item.collapsed()) {
			text(svg, x + NODE_WIDTH / 2, y + NODE_HEIGHT / 2 + 4, "middle", "", item.message());
		}
		else {
			double tagX = x + 8 + Math.min(item.id().length(), 24) * CHAR_WIDTH + 8;
			svg.append("<text x=\"").append(number(x + 8)).append("\" y=\"").append(number(y + 18))
				.append("\" font-family=\"monospace\" font-weight=\"bold\" fill=\"#212529\">")
				.append(Markup.escape(fit(item.id(), 24))).append("</text>\n");
			List<String> tags = new ArrayList<>(item.labels());
			if (item.head()) {
				tags.add("head");
			}
			for (int i = 0; i < tags.size(); i++) {
				String tag = tags.get(i);
				double tagWidth = Math.min(tag.length(), 14) * 6.2 + 10;
				if (tagX + tagWidth > x + NODE_WIDTH - 4) {
					break;
				}
				boolean head = item.head() && i == tags.size() - 1;
				svg.append("<rect x=\"").append(number(tagX)).append("\" y=\"").append(number(y + 6))
					.append("\" width=\"").append(number(tagWidth)).append("\" height=\"16\" rx=\"8\" fill=\"")
					.append(head ? "#343a40" : "#7048e8").append("\"/>");
				text(svg, tagX + tagWidth / 2, y + 18, "middle", " font-size=\"10\" fill=\"#ffffff\"", fit(tag, 14));
				tagX += tagWidth + 4;
			}
			String state = (item.state() != null) ? item.state() : "";
			double stateWidth = state.isEmpty() ? 0 : state.length() * 6.2 + 8;
			int room = (int) ((NODE_WIDTH - 16 - stateWidth) / 6.4);
			text(svg, x + 8, y + 37, "start", " fill=\"#495057\"", fit(item.message(), room));
			if (!state.isEmpty()) {
				text(svg, x + NODE_WIDTH - 8, y + 37, "end", " font-size=\"10\" font-style=\"italic\" fill=\""
						+ colours.stroke() + "\"", state);
			}
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String text) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
		if (!anchor.equals("start")) {
			svg.append(" text-anchor=\"").append(anchor).append('"');
		}
		svg.append(attributes).append('>').append(Markup.escape(text)).append("</text>\n");
	}

	private static String title(Model.Item item) {
		StringBuilder title = new StringBuilder(item.collapsed() ? item.message() : item.id());
		if (!item.labels().isEmpty()) {
			title.append(" (").append(String.join(", ", item.labels())).append(')');
		}
		if (item.head()) {
			title.append(" (head)");
		}
		if (!item.collapsed() && !item.message().isEmpty()) {
			title.append('\n').append(item.message());
		}
		if (item.state() != null) {
			title.append("\nstate: ").append(item.state());
		}
		return title.toString();
	}

	static String fit(String text, int room) {
		String line = text.replaceAll("\\s+", " ").strip();
		if (line.length() <= room) {
			return line;
		}
		return line.substring(0, Math.max(0, room - 1)) + "…";
	}

}
