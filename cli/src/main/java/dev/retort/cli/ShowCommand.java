package dev.retort.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.Retort;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** Alembic's {@code show}: the verbose entry of the given revision(s). */
@Command(name = "show", description = "Show the revision(s) denoted by the given symbol.")
final class ShowCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Parameters(paramLabel = "REV", description = "Revision id, prefix, label, 'head', 'heads' or 'current'.")
	String rev;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		boolean current = "current".equals(this.rev);
		Retort engine = current ? this.root.engine() : this.root.offlineEngine();
		RevisionGraph graph = engine.graph();
		List<String> heads = current ? engine.current() : List.of();
		List<RevisionHeader> revisions = current ? heads.stream().map(graph::get).toList() : graph.resolve(this.rev, heads);
		AlembicText text = new AlembicText(graph, List.of());
		if (this.json) {
			this.root.io.out().println(Json.write(revisions.stream().map((r) -> RevisionJson.of(graph, r, heads)).toList()));
		}
		else {
			revisions.forEach((revision) -> this.root.io.out().println(text.logEntry(revision)));
		}
		return 0;
	}

}
