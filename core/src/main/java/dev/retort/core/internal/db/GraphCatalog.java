package dev.retort.core.internal.db;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.script.Script;

/**
 * The catalog of a loaded engine: scripts by id, and the graph to walk ancestors and
 * dependencies.
 *
 * @since 0.1.0
 */
public final class GraphCatalog implements Catalog {

	private final RevisionGraph graph;

	private final Map<String, Script> scripts;

	/**
	 * @param graph the graph built from the scripts
	 * @param scripts the scripts by id
	 */
	public GraphCatalog(RevisionGraph graph, Map<String, Script> scripts) {
		this.graph = graph;
		this.scripts = Map.copyOf(scripts);
	}

	/**
	 * Split the statements of every SQL file now (they are split on first use), in source order,
	 * so the first malformed file is reported.
	 */
	public void requireParsed() {
		this.scripts.values()
			.stream()
			.sorted(Comparator.comparing((Script script) -> script.revision().source()))
			.forEach(Script::requireParsed);
	}

	@Override
	public Optional<Script> script(String id) {
		return Optional.ofNullable(this.scripts.get(id));
	}

	@Override
	public List<String> applied(List<String> heads) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>(heads);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			Optional<RevisionHeader> revision = this.graph.find(id);
			if (revision.isEmpty() || !seen.add(id)) {
				continue;
			}
			todo.addAll(revision.get().downRevisions());
			for (String dependency : revision.get().dependsOn()) {
				try {
					todo.add(this.graph.get(dependency).id());
				}
				catch (RetortException ex) {
					// an unknown dependency is reported by the graph itself; nothing applied to check here
				}
			}
		}
		return new ArrayList<>(seen);
	}

}
