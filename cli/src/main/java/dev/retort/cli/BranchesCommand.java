package dev.retort.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** Alembic's {@code branches}: every branch point with the revisions it branches into. */
@Command(name = "branches", description = "Show current branch points.")
final class BranchesCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	boolean verbose;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		RevisionGraph graph = this.root.offlineEngine().graph();
		AlembicText text = new AlembicText(graph, List.of());
		List<Object> jsonOut = new ArrayList<>();
		for (RevisionHeader revision : graph.revisions()) {
			if (!graph.isBranchPoint(revision.id())) {
				continue;
			}
			List<RevisionHeader> children = graph.nextRevisions(revision.id()).stream().map(graph::get).toList();
			if (this.json) {
				Map<String, Object> entry = new LinkedHashMap<>(RevisionJson.of(graph, revision, List.of()));
				entry.put("branchesInto", children.stream().map((c) -> RevisionJson.of(graph, c, List.of())).toList());
				jsonOut.add(entry);
				continue;
			}
			StringBuilder block = new StringBuilder(text.cmdFormat(revision, this.verbose, true, false, false, true));
			block.append('\n');
			String indent = " ".repeat(revision.id().length());
			for (int i = 0; i < children.size(); i++) {
				block.append(indent).append(" -> ")
					.append(text.cmdFormat(children.get(i), false, true, this.verbose, false, true));
				if (i < children.size() - 1) {
					block.append('\n');
				}
			}
			this.root.io.out().println(block.append('\n'));
		}
		if (this.json) {
			this.root.io.out().println(Json.write(jsonOut));
		}
		return 0;
	}

}
