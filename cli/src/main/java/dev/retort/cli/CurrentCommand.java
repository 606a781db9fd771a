package dev.retort.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.UnknownRevisions;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** Alembic's {@code current}; reads the version table only, takes no lock and creates nothing. */
@Command(name = "current", description = "Display the current revision for a database.")
final class CurrentCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	boolean verbose;

	@Option(names = "--check-heads", description = "Fail unless the database is at the heads.")
	boolean checkHeads;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		Retort engine = this.root.engine();
		// the status first: it reads the revisions while the database answers, the graph then is ready
		Status status = engine.status();
		RevisionGraph graph = engine.graph();
		if (this.json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("current", status.current());
			out.put("heads", status.heads());
			out.put("upToDate", status.upToDate());
			out.put("pending", status.pending().stream().map(RevisionHeader::id).toList());
			out.put("unknown", status.unknown());
			status.partial().ifPresent((partial) -> out.put("partial", partial.revision()));
			this.root.io.out().println(Json.write(out));
		}
		else {
			if (this.verbose) {
				this.root.io.out().println("Current revision(s) for " + this.root.mask(url()) + ":");
			}
			AlembicText text = new AlembicText(graph, List.of());
			List<String> known = status.current().stream().filter((id) -> !status.unknown().contains(id)).toList();
			for (RevisionHeader revision : allCurrent(graph, known)) {
				this.root.io.out().println(text.cmdFormat(revision, this.verbose, false, false, false, true));
			}
			for (String id : status.unknown()) {
				this.root.io.out().println(unknownLine(id, Optional.empty()));
			}
		}
		if (!status.unknown().isEmpty()) {
			this.root.io.err().println("WARNING: " + UnknownRevisions.describe(status.unknown()).replace(
					" Nothing was upgraded: the database is ahead of this build.",
					" `upgrade` does nothing until a build that has them runs."));
		}
		status.partial().ifPresent((partial) -> this.root.io.err().println("WARNING: revision " + partial.revision()
				+ " is half-applied: its " + partial.operation() + " stopped after " + partial.statementsCommitted()
				+ " of " + partial.statementsTotal() + " statement(s) at " + partial.failedAt()
				+ "; `upgrade` and `downgrade` refuse to run until it is resolved (they say how)"));
		if (this.checkHeads && !status.upToDate()) {
			throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: current "
					+ describe(status.current()) + ", heads " + describe(status.heads())
					+ "; run 'upgrade heads' to apply " + status.pending().size() + " pending revision(s)");
		}
		return 0;
	}

	/**
	 * The line for a version-table row this build does not define; with its history row, in the
	 * {@code parent -> id, message} form of {@code history}.
	 */
	static String unknownLine(String id, Optional<HistoryEntry> run) {
		String marker = id + " (current) (unknown: not in this build's revisions)";
		return run.map((row) -> (row.downRevisions().isEmpty() ? "<base>" : String.join(", ", row.downRevisions()))
				+ " -> " + marker + (row.message().isEmpty() ? "" : ", " + row.message()) + " [applied "
				+ row.startedAt() + "]")
			.orElse(marker);
	}

	private String url() {
		return this.root.settings().url().orElse("the application's database");
	}

	private static String describe(List<String> ids) {
		return ids.isEmpty() ? "<base>" : String.join(", ", ids);
	}

	/**
	 * Alembic's {@code _get_all_current}: the current rows and everything they need (dependencies
	 * included), reduced to the revisions no other one of them descends from. The set is closed
	 * under down_revision, so a revision has a descendant in it exactly when one of its children is
	 * in it, that is when it is the down revision of one of them: collected during the walk, linear in
	 * the size of the closure; the graph's order is read only to order two or more results.
	 */
	static List<RevisionHeader> allCurrent(RevisionGraph graph, List<String> current) {
		Set<String> targets = new HashSet<>();
		// the down revisions of the targets: exactly the targets that have a child (by down_revision) among them
		Set<String> parents = new HashSet<>();
		Deque<String> work = new ArrayDeque<>(current);
		while (!work.isEmpty()) {
			RevisionHeader revision = graph.get(work.pop());
			if (targets.add(revision.id())) {
				parents.addAll(revision.downRevisions());
				work.addAll(revision.downRevisions());
				revision.dependsOn().forEach((dependency) -> work.add(graph.get(dependency).id()));
			}
		}
		targets.removeAll(parents);
		if (targets.size() <= 1) {
			// no order to keep: the graph's order of all revisions is not needed
			return targets.stream().map(graph::get).toList();
		}
		return graph.revisions().stream().filter((revision) -> targets.contains(revision.id())).toList();
	}

}
