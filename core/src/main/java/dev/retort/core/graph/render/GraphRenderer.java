package dev.retort.core.graph.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;

/**
 * Draws a {@link RevisionGraph}: every revision with its id, message, branch labels and whether it
 * is a head, an edge from each parent to its child, and {@code depends_on} edges that look
 * different (dashed). States are optional: give each revision a state such as {@code applied},
 * {@code pending}, {@code current}, {@code unknown} or {@code modified} and the pictures colour
 * and name it; any other state string is drawn too, in a neutral colour. A state for an id the
 * graph does not know (a version-table row no file defines) adds a box without edges.
 * <pre>{@code
 * GraphRenderer renderer = GraphRenderer.of(graph).states(Map.of("a1", "applied", "b2", "pending"));
 * String svg = renderer.svg();    // Retort's own layered drawing, no Graphviz needed
 * String dot = renderer.dot();    // for `dot -Tpng`
 * String text = renderer.text();  // like `git log --graph`
 * }</pre>
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 *
 * @since 0.1.0
 */
public final class GraphRenderer {

	/** Linear runs longer than this are shortened in the SVG unless told otherwise. */
	public static final int DEFAULT_LONGEST_RUN = 12;

	private final RevisionGraph graph;

	private final @Nullable List<RevisionHeader> shown;

	private final Map<String, String> states;

	private final int longestRun;

	private GraphRenderer(RevisionGraph graph, @Nullable List<RevisionHeader> shown, Map<String, String> states,
			int longestRun) {
		this.graph = graph;
		this.shown = shown;
		this.states = states;
		this.longestRun = longestRun;
	}

	/**
	 * A renderer of every revision of a graph, without states.
	 * @param graph the graph
	 * @return the renderer
	 */
	public static GraphRenderer of(RevisionGraph graph) {
		Objects.requireNonNull(graph, "'graph' must not be null");
		return new GraphRenderer(graph, null, Map.of(), DEFAULT_LONGEST_RUN);
	}

	/**
	 * Draw only some revisions, for example a range from {@link RevisionGraph#walk}; edges to
	 * revisions left out are not drawn.
	 * @param revisions the revisions to draw
	 * @return a copy drawing those revisions
	 */
	public GraphRenderer only(List<RevisionHeader> revisions) {
		Objects.requireNonNull(revisions, "'revisions' must not be null");
		return new GraphRenderer(this.graph, List.copyOf(revisions), this.states, this.longestRun);
	}

	/**
	 * Colour and name revisions by state.
	 * @param states the state of each revision id; revisions without one are drawn uncoloured
	 * @return a copy with these states
	 */
	public GraphRenderer states(Map<String, String> states) {
		Objects.requireNonNull(states, "'states' must not be null");
		return new GraphRenderer(this.graph, this.shown, Map.copyOf(new LinkedHashMap<>(states)), this.longestRun);
	}

	/**
	 * How long a linear run of revisions (one parent, one child, no label, no dependency, one
	 * state) may grow in the SVG before its middle is drawn as one box "… N revisions …".
	 * @param longestRun the longest run drawn in full; at least 2
	 * @return a copy with this limit
	 */
	public GraphRenderer longestRun(int longestRun) {
		if (longestRun < 2) {
			throw new IllegalArgumentException("'longestRun' must be at least 2, was " + longestRun);
		}
		return new GraphRenderer(this.graph, this.shown, this.states, longestRun);
	}

	private Model model() {
		return Model.of(this.graph, (this.shown != null) ? this.shown : this.graph.revisions(), this.states);
	}

	/**
	 * Graphviz DOT, bases at the top.
	 * @return the DOT source
	 */
	public String dot() {
		return DotWriter.write(model());
	}

	/**
	 * A Mermaid flowchart.
	 * @return the Mermaid source
	 */
	public String mermaid() {
		return MermaidWriter.write(model());
	}

	/**
	 * A standalone SVG document drawn by Retort: layered by depth, bases at the top, crossings
	 * reduced, long linear runs shortened, a legend of states when states are given.
	 * @return the SVG
	 */
	public String svg() {
		return SvgWriter.write(model().collapse(this.longestRun));
	}

	/**
	 * An ASCII graph like {@code git log --graph}, newest first.
	 * @return the lines, each ending with a line break
	 */
	public String text() {
		return TextWriter.write(model());
	}

	/**
	 * The graph as JSON-ready data: {@code {"nodes": [...], "edges": [...]}}, each node with
	 * {@code revision}, {@code message}, {@code state} ({@code null} without states),
	 * {@code downRevisions}, {@code dependsOn}, {@code branchLabels}, {@code head} and
	 * {@code defined}; each edge with {@code from} (parent or dependency), {@code to} and
	 * {@code type} ({@code down_revision} or {@code depends_on}). Only maps, lists, strings,
	 * booleans and {@code null}, for any JSON writer.
	 * @return the data
	 */
	public Map<String, Object> json() {
		Model model = model();
		List<Object> nodes = new ArrayList<>();
		for (Model.Item item : model.items) {
			Map<String, @Nullable Object> node = new LinkedHashMap<>();
			node.put("revision", item.id());
			node.put("message", item.message());
			node.put("state", item.state());
			RevisionHeader revision = this.graph.find(item.id()).orElse(null);
			node.put("downRevisions", (revision != null) ? revision.downRevisions() : List.of());
			node.put("dependsOn", (revision != null) ? revision.dependsOn() : List.of());
			node.put("branchLabels", item.labels());
			node.put("head", item.head());
			node.put("defined", item.inGraph());
			nodes.add(node);
		}
		List<Object> edges = new ArrayList<>();
		for (Model.Link link : model.links) {
			Map<String, Object> edge = new LinkedHashMap<>();
			edge.put("from", link.from());
			edge.put("to", link.to());
			edge.put("type", link.dependency() ? "depends_on" : "down_revision");
			edges.add(edge);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodes", nodes);
		json.put("edges", edges);
		return json;
	}

}
