package dev.retort.core.graph.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.test.ExternalTool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every format of {@link GraphRenderer} on a small graph with a branch, a label, a merge and a
 * dependency; DOT is checked by Graphviz itself and the SVG by an XML parser.
 */
class GraphRendererTests {

	/** base -> users -> (orders [shop] -> invoices, audit depends on orders) -> merge. */
	static RevisionGraph sample() {
		return RevisionGraph.of(List.of(
				revision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), "create accounts"),
				revision("b2c3d4e5f6a1", List.of("a1b2c3d4e5f6"), List.of(), List.of(), "add \"email\" <column>"),
				revision("c3d4e5f6a1b2", List.of("b2c3d4e5f6a1"), List.of("shop"), List.of(), "create orders"),
				revision("d4e5f6a1b2c3", List.of("c3d4e5f6a1b2"), List.of(), List.of(), "create invoices"),
				revision("e5f6a1b2c3d4", List.of("b2c3d4e5f6a1"), List.of(), List.of("c3d4e5f6a1b2"), "audit log"),
				revision("f6a1b2c3d4e5", List.of("d4e5f6a1b2c3", "e5f6a1b2c3d4"), List.of(), List.of(),
						"merge shop and audit")));
	}

	private static RevisionHeader revision(String id, List<String> down, List<String> labels, List<String> dependsOn,
			String message) {
		return new RevisionHeader(id, down, labels, dependsOn, message, "", "memory/" + id + ".sql");
	}

	private static final Map<String, String> STATES = Map.of("a1b2c3d4e5f6", "applied", "b2c3d4e5f6a1", "applied",
			"c3d4e5f6a1b2", "current", "d4e5f6a1b2c3", "pending", "e5f6a1b2c3d4", "modified", "f6a1b2c3d4e5", "pending",
			"0badc0ffee00", "unknown");

	@Test
	void textDrawsBranchAndMergeLikeGitLogGraph() {
		assertThat(GraphRenderer.of(sample()).text()).isEqualTo("""
				* f6a1b2c3d4e5 (head) merge shop and audit
				|\\
				* | d4e5f6a1b2c3 create invoices
				| * e5f6a1b2c3d4 (depends on c3d4e5f6a1b2) audit log
				* | c3d4e5f6a1b2 (shop) create orders
				|/
				* b2c3d4e5f6a1 add "email" <column>
				* a1b2c3d4e5f6 create accounts
				""");
	}

	@Test
	void textNamesStatesAndShowsRevisionsOutsideTheGraph() {
		String text = GraphRenderer.of(sample()).states(STATES).text();
		assertThat(text).contains("* | c3d4e5f6a1b2 (shop) [current] create orders")
			.contains("| * e5f6a1b2c3d4 [modified] (depends on c3d4e5f6a1b2) audit log")
			.endsWith("* 0badc0ffee00 [unknown] not defined by any revision file\n");
	}

	@Test
	void textJoinsBranchesAcrossOtherColumns() {
		// a merge of three: two children of r1 and a second base; r3 meets r1 once x1 has ended
		RevisionGraph graph = RevisionGraph.of(List.of(RevisionHeader.of("r1"), RevisionHeader.of("r2", "r1"),
				RevisionHeader.of("x1"), RevisionHeader.of("r3", "r1"), RevisionHeader.of("m1", "r2", "x1", "r3")));
		assertThat(GraphRenderer.of(graph).text()).isEqualTo("""
				* m1 (head)
				|\\
				|\\ \\
				* | | r2
				| | * r3
				| * | x1
				|  /
				|/
				* r1
				""");
	}

	@Test
	void dotIsAcceptedByGraphviz() throws Exception {
		Path dot = ExternalTool.require("graphviz", "/usr/bin/dot", "/usr/local/bin/dot");
		String source = GraphRenderer.of(sample()).states(STATES).dot();
		assertThat(source).contains("\"e5f6a1b2c3d4\" [label=\"e5f6a1b2c3d4\\naudit log\\n[modified]\"")
			.contains("\"c3d4e5f6a1b2\" -> \"e5f6a1b2c3d4\" [style=dashed, label=\"depends_on\"")
			.contains("\"b2c3d4e5f6a1\" [label=\"b2c3d4e5f6a1\\nadd \\\"email\\\" <column>");
		String output = ExternalTool.run(dot, source, 30, "-Tsvg");
		assertThat(output).contains("<svg").contains("f6a1b2c3d4e5").doesNotContain("Warning", "Error");
	}

	@Test
	void mermaidHasOneNodePerRevisionAndDottedDependencies() {
		String mermaid = GraphRenderer.of(sample()).states(STATES).mermaid();
		assertThat(mermaid).startsWith("flowchart TB\n")
			.contains("  n4[\"b2c3d4e5f6a1<br/>add #quot;email#quot; #lt;column#gt;<br/><i>applied</i>\"]")
			.contains("  n3 -. depends_on .-> n2")
			.contains("  classDef state_current fill:#a5d8ff,stroke:#1864ab")
			.contains("  class n6 state_unknown");
		assertThat(mermaid.lines().filter((line) -> line.matches("  n\\d+\\[.*"))).hasSize(7);
	}

	@Test
	void svgIsWellFormedWithOneBoxPerRevisionAndALegend() throws Exception {
		Document svg = parse(GraphRenderer.of(sample()).states(STATES).svg());
		List<Element> nodes = elements(svg, "g", "rt-node");
		assertThat(nodes).extracting((node) -> node.getAttribute("data-revision"))
			.containsExactlyInAnyOrder("a1b2c3d4e5f6", "b2c3d4e5f6a1", "c3d4e5f6a1b2", "d4e5f6a1b2c3", "e5f6a1b2c3d4",
					"f6a1b2c3d4e5", "0badc0ffee00");
		assertThat(nodes).extracting((node) -> node.getAttribute("data-state")).contains("current", "unknown");
		assertThat(elements(svg, "path", "rt-edge")).hasSize(6);
		assertThat(elements(svg, "path", "rt-edge rt-depends-on")).singleElement()
			.satisfies((edge) -> assertThat(edge.getAttribute("stroke-dasharray")).isNotEmpty());
		assertThat(elements(svg, "g", "rt-legend").get(0).getTextContent()).contains("applied", "current", "pending",
				"modified", "unknown");
		assertThat(svg.getDocumentElement().getTextContent()).contains("add \"email\" <column>", "shop", "head");
	}

	@Test
	void svgWithoutStatesHasNoLegend() throws Exception {
		Document svg = parse(GraphRenderer.of(sample()).svg());
		assertThat(elements(svg, "g", "rt-legend")).isEmpty();
		assertThat(elements(svg, "g", "rt-node")).allSatisfy((node) -> assertThat(node.hasAttribute("data-state")).isFalse());
	}

	@Test
	void svgCollapsesLongLinearRuns() throws Exception {
		List<RevisionHeader> chain = new ArrayList<>();
		chain.add(RevisionHeader.of("r000"));
		for (int i = 1; i < 50; i++) {
			chain.add(RevisionHeader.of(String.format("r%03d", i), String.format("r%03d", i - 1)));
		}
		GraphRenderer renderer = GraphRenderer.of(RevisionGraph.of(chain));
		Document svg = parse(renderer.svg());
		// r000 is a base and r049 the head; of the 48 between, the first and the last stay
		assertThat(elements(svg, "g", "rt-node")).extracting((node) -> node.getAttribute("data-revision"))
			.containsExactly("r049", "r048", "collapsed-r002-r047", "r001", "r000");
		assertThat(svg.getDocumentElement().getTextContent()).contains("… 46 revisions …");
		assertThat(elements(parse(renderer.longestRun(100).svg()), "g", "rt-node")).hasSize(50);
		assertThat(renderer.text().lines()).hasSize(50);
		assertThatIllegalArgumentException().isThrownBy(() -> renderer.longestRun(1));
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonListsNodesWithStatesAndTypedEdges() {
		Map<String, Object> json = GraphRenderer.of(sample()).states(STATES).json();
		assertThat(json).containsOnlyKeys("nodes", "edges");
		List<?> nodes = (List<?>) json.get("nodes");
		assertThat(nodes).hasSize(7).first().isEqualTo(Map.of("revision", "f6a1b2c3d4e5", "message",
				"merge shop and audit", "state", "pending", "downRevisions", List.of("d4e5f6a1b2c3", "e5f6a1b2c3d4"),
				"dependsOn", List.of(), "branchLabels", List.of(), "head", true, "defined", true));
		assertThat(nodes.get(6)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("revision", "0badc0ffee00").containsEntry("state", "unknown").containsEntry("defined", false);
		assertThat((List<Object>) json.get("edges")).hasSize(7)
			.contains(Map.of("from", "c3d4e5f6a1b2", "to", "e5f6a1b2c3d4", "type", "depends_on"),
					Map.of("from", "d4e5f6a1b2c3", "to", "f6a1b2c3d4e5", "type", "down_revision"));
	}

	@Test
	void onlyDrawsTheGivenRangeAndItsEdges() {
		RevisionGraph graph = sample();
		String text = GraphRenderer.of(graph).only(graph.walk("c3d4e5f6a1b2", "heads", List.of())).text();
		assertThat(text).doesNotContain("a1b2c3d4e5f6", "b2c3d4e5f6a1").contains("c3d4e5f6a1b2", "f6a1b2c3d4e5");
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Document document, String tag, String className) {
		NodeList list = document.getElementsByTagNameNS("*", tag);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			Element element = (Element) list.item(i);
			if (element.getAttribute("class").equals(className)) {
				result.add(element);
			}
		}
		return result;
	}

}
