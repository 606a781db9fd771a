package dev.retort.core.graph;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.retort.core.graph.render.GraphRenderer;
import dev.retort.test.ExternalTool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG layout on the random graphs of {@link RandomGraphPropertyTests}: no two boxes overlap,
 * every revision is drawn, Graphviz accepts the DOT, and a graph of 1,000 revisions still lays out
 * quickly.
 */
class RandomGraphLayoutTests {

	@Test
	void boxesNeverOverlapOnRandomGraphsOf200Revisions() throws Exception {
		for (long seed = 1; seed <= 10; seed++) {
			List<RevisionHeader> revisions = RandomGraphPropertyTests.randomGraph(seed, 200);
			// no run is shortened here, so every revision has its own box
			List<double[]> boxes = boxes(GraphRenderer.of(RevisionGraph.of(revisions)).longestRun(1000).svg());
			assertThat(boxes).as("seed %d", seed).hasSize(200);
			for (int i = 0; i < boxes.size(); i++) {
				for (int j = i + 1; j < boxes.size(); j++) {
					assertThat(overlap(boxes.get(i), boxes.get(j))).as("seed %d, boxes %d and %d", seed, i, j).isFalse();
				}
			}
		}
	}

	@Test
	void graphvizAcceptsTheDotOfARandomGraph() throws Exception {
		Path dot = ExternalTool.require("graphviz", "/usr/bin/dot", "/usr/local/bin/dot");
		String source = GraphRenderer.of(RevisionGraph.of(RandomGraphPropertyTests.randomGraph(11, 200))).dot();
		String output = ExternalTool.run(dot, source, 60, "-Tsvg");
		assertThat(output).contains("<svg").doesNotContain("Warning", "Error");
	}

	@Test
	void thousandRevisionsLayOutInSeconds() throws Exception {
		RevisionGraph graph = RevisionGraph.of(RandomGraphPropertyTests.randomGraph(7, 1000));
		long start = System.nanoTime();
		String svg = GraphRenderer.of(graph).svg();
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(millis).as("layout time").isLessThan(10_000);
		assertThat(boxes(svg)).hasSizeGreaterThan(100);
	}

	private static boolean overlap(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	/** x, y, width and height of the box of every {@code rt-node}. */
	private static List<double[]> boxes(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		NodeList groups = document.getElementsByTagName("g");
		List<double[]> boxes = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals("rt-node")) {
				Element rect = (Element) group.getElementsByTagName("rect").item(0);
				boxes.add(new double[] { number(rect, "x"), number(rect, "y"), number(rect, "width"),
						number(rect, "height") });
			}
		}
		return boxes;
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

}
