package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** Alembic's {@code heads}. */
@Command(name = "heads", description = "Show current available heads in the revision folders.")
final class HeadsCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	boolean verbose;

	@Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions.")
	boolean resolveDependencies;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		RevisionGraph graph = this.root.offlineEngine().graph();
		List<String> ids = this.resolveDependencies ? graph.realHeads() : graph.heads();
		List<RevisionHeader> heads = ids.stream().map(graph::get).toList();
		AlembicText text = new AlembicText(graph, List.of());
		if (this.json) {
			this.root.io.out().println(Json.write(heads.stream().map((r) -> RevisionJson.of(graph, r, List.of())).toList()));
		}
		else {
			heads.forEach((head) -> this.root.io.out().println(text.cmdFormat(head, this.verbose, true, false, false, false)));
		}
		return 0;
	}

}
