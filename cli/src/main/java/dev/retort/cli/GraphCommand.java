package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ChecksumMismatch;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.render.GraphRenderer;

/**
 * Draws the revision graph. With a database configured, each revision is coloured by its state:
 * {@code current} (a row of the version table), {@code applied}, {@code pending},
 * {@code modified} (applied, and its file changed since) and {@code unknown} (in the version table
 * or history, but no file defines it).
 */
@Command(name = "graph", description = "Draw the revision graph as text, DOT, Mermaid, SVG or JSON.")
final class GraphCommand implements Callable<Integer> {

	private static final List<String> FORMATS = List.of("text", "dot", "mermaid", "svg", "json");

	@ParentCommand
	GlobalOptions root;

	@Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
			description = "Revision range: [start]:[end], [start]: or :[end]; the whole graph by default.")
	@Nullable String range;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (like git log --graph), dot, mermaid, svg or json; default: ${DEFAULT-VALUE}.")
	String format = "text";

	@Override
	public Integer call() {
		if (!FORMATS.contains(this.format)) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT,
					"Unknown graph format '" + this.format + "'; use one of " + String.join(", ", FORMATS));
		}
		String[] bounds = HistoryCommand.range(this.range);
		boolean online = this.root.hostEngine != null || this.root.settings().url().isPresent();
		Retort engine = online ? this.root.engine() : this.root.offlineEngine();
		RevisionGraph graph = engine.graph();
		List<String> current = online ? engine.current() : List.of();
		List<RevisionHeader> shown = graph.walk((bounds[0] != null) ? bounds[0] : "base",
				(bounds[1] != null) ? bounds[1] : "heads", knownOnly(graph, current));
		GraphRenderer renderer = GraphRenderer.of(graph).only(shown);
		if (online) {
			renderer = renderer.states(states(engine, graph, current));
		}
		String output = switch (this.format) {
			case "dot" -> renderer.dot();
			case "mermaid" -> renderer.mermaid();
			case "svg" -> renderer.svg();
			case "json" -> Json.write(renderer.json()) + "\n";
			default -> renderer.text();
		};
		this.root.io.out().print(output);
		return 0;
	}

	private static List<String> knownOnly(RevisionGraph graph, List<String> current) {
		return current.stream().filter((id) -> graph.find(id).isPresent()).toList();
	}

	/**
	 * Everything an upgrade to the current heads has run is applied, the heads themselves are
	 * current, the rest is pending; then checksums say which applied files changed or vanished.
	 */
	private static Map<String, String> states(Retort engine, RevisionGraph graph, List<String> current) {
		List<String> known = knownOnly(graph, current);
		Set<String> applied = graph.downgrade(known, "base").steps().stream()
			.map((step) -> step.revision().id())
			.collect(Collectors.toSet());
		Map<String, String> states = new LinkedHashMap<>();
		for (RevisionHeader revision : graph.revisions()) {
			String id = revision.id();
			states.put(id, known.contains(id) ? "current" : applied.contains(id) ? "applied" : "pending");
		}
		for (ChecksumMismatch mismatch : engine.validate().mismatches()) {
			if (mismatch.resolvedChecksum().isPresent()) {
				states.put(mismatch.revision(), "modified");
			}
			else if (applied.contains(mismatch.revision()) || graph.find(mismatch.revision()).isEmpty()) {
				states.put(mismatch.revision(), "unknown");
			}
		}
		current.stream().filter((id) -> graph.find(id).isEmpty()).forEach((id) -> states.put(id, "unknown"));
		return states;
	}

}
