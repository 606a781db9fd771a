package dev.retort.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plot of workload A: time per revision (log scale) against the number of revisions applied so
 * far, one panel per database, one line per tool, from the run with the largest N. A flat line means
 * the cost of a revision does not grow with history.
 *
 * @since 0.1.0
 */
final class Svg {

	private static final Map<Tool, String> COLORS = Map.of(Tool.RETORT, "#d62728", Tool.FLYWAY, "#1f77b4",
			Tool.LIQUIBASE, "#2ca02c", Tool.JDBC, "#7f7f7f");

	private static final int PANEL_WIDTH = 460;

	private static final int PANEL_HEIGHT = 320;

	private static final int LEFT = 60;

	private static final int TOP = 40;

	private Svg() {
	}

	static String plot(RunResult run, List<Database> databases, int size) {
		double min = Double.MAX_VALUE;
		double max = 0;
		for (ApplyResult apply : run.applies()) {
			if (apply.size() == size) {
				for (double value : apply.curve()) {
					min = Math.min(min, value);
					max = Math.max(max, value);
				}
			}
		}
		if (max == 0) {
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"10\" y=\"25\">"
					+ "no workload A results to plot</text></svg>\n";
		}
		double low = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-3))));
		double high = Math.pow(10, Math.ceil(Math.log10(Math.max(max, low * 10))));
		int width = databases.size() * (PANEL_WIDTH + LEFT + 20) + 20;
		int height = PANEL_HEIGHT + TOP + 90;
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
						+ " font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
				width, height));
		for (int p = 0; p < databases.size(); p++) {
			panel(svg, run, databases.get(p), size, p * (PANEL_WIDTH + LEFT + 20) + LEFT, low, high);
		}
		int x = LEFT;
		for (Tool tool : Tool.values()) {
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
							+ "<text x=\"%d\" y=\"%d\">%s</text>\n",
					x, height - 20, x + 24, height - 20, COLORS.get(tool), x + 30, height - 16, tool.label()));
			x += 120;
		}
		return svg.append("</svg>\n").toString();
	}

	private static void panel(StringBuilder svg, RunResult run, Database database, int size, int left, double low,
			double high) {
		int bottom = TOP + PANEL_HEIGHT;
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s: time per revision while"
						+ " applying %,d revisions</text>\n",
				left, TOP - 16, database.label(), size));
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>\n", left, TOP,
				PANEL_WIDTH, PANEL_HEIGHT));
		for (double tick = low; tick <= high * 1.0001; tick *= 10) {
			double y = y(tick, low, high);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
							+ "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
					left, y, left + PANEL_WIDTH, y, left - 6, y + 4, micros(tick)));
		}
		for (int i = 0; i <= 4; i++) {
			double x = left + PANEL_WIDTH * i / 4.0;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>\n",
					x, TOP, x, bottom, x, bottom + 16, size * i / 4));
		}
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">revisions applied so far</text>\n",
				left + PANEL_WIDTH / 2, bottom + 34));
		for (Tool tool : Tool.values()) {
			run.apply(tool, database, size).ifPresent((apply) -> {
				StringBuilder points = new StringBuilder();
				List<Double> curve = apply.curve();
				for (int i = 0; i < curve.size(); i++) {
					double x = left + PANEL_WIDTH * (i + 0.5) / Math.min(20, size);
					points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(curve.get(i), low, high)));
				}
				svg.append(String.format(Locale.ROOT,
						"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n",
						COLORS.get(tool), points.toString().trim()));
			});
		}
	}

	private static double y(double value, double low, double high) {
		double fraction = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
		return TOP + PANEL_HEIGHT * (1 - fraction);
	}

	private static String micros(double value) {
		if (value >= 1000) {
			return String.format(Locale.ROOT, "%.0f ms", value / 1000);
		}
		return String.format(Locale.ROOT, "%s us", (value >= 1) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value));
	}

}
