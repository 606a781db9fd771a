package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.UnknownRevisions;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** Alembic's {@code history}, plus when each revision was applied under {@code -i}. */
@Command(name = "history", description = "List changeset scripts in chronological order.")
final class HistoryCommand implements Callable<Integer> {

	@ParentCommand
	GlobalOptions root;

	@Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE",
			description = "Revision range: [start]:[end], [start]: or :[end]; 'current' is the database's revision.")
	@Nullable String range;

	@Option(names = { "-v", "--verbose" }, description = "Use more verbose output.")
	boolean verbose;

	@Option(names = { "-i", "--indicate-current" }, description = "Indicate the current revision(s) (needs --url).")
	boolean indicateCurrent;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		String[] bounds = range(this.range);
		String base = bounds[0];
		String head = bounds[1];
		boolean needsDatabase = this.indicateCurrent || "current".equals(base) || "current".equals(head);
		Retort engine = needsDatabase ? this.root.engine() : this.root.offlineEngine();
		RevisionGraph graph = engine.graph();
		List<String> rows = needsDatabase ? engine.current() : List.of();
		List<String> unknown = rows.stream().filter((id) -> graph.find(id).isEmpty()).toList();
		List<HistoryEntry> steps = unknown.isEmpty() ? List.of() : engine.history();
		List<String> current = unknown.isEmpty() ? rows
				: UnknownRevisions.knownAncestors(rows, (id) -> graph.find(id).isPresent(), steps);
		List<RevisionHeader> revisions = graph.walk((base != null) ? base : "base", (head != null) ? head : "heads",
				current);
		Map<String, HistoryEntry> applied = this.indicateCurrent ? lastApplied(engine, graph, current) : Map.of();
		AlembicText text = new AlembicText(graph, this.indicateCurrent ? rows : List.of());
		if (this.json) {
			this.root.io.out().println(Json.write(revisions.stream().map((revision) -> {
				Map<String, Object> entry = new LinkedHashMap<>(RevisionJson.of(graph, revision, current));
				Optional.ofNullable(applied.get(revision.id())).ifPresent((row) -> {
					entry.put("appliedAt", row.startedAt().toString());
					entry.put("appliedBy", row.appliedBy());
					entry.put("checksum", row.checksum());
					row.tag().ifPresent((tag) -> entry.put("tag", tag));
				});
				return entry;
			}).toList()));
			return 0;
		}
		if (this.indicateCurrent) {
			for (String id : unknown) {
				this.root.io.out().println(CurrentCommand.unknownLine(id, lastRun(steps, id)));
			}
		}
		for (RevisionHeader revision : revisions) {
			String line = text.cmdFormat(revision, this.verbose, true, true, true, true);
			HistoryEntry row = applied.get(revision.id());
			String tag = (row != null) ? row.tag().map((value) -> ", tag " + value).orElse("") : "";
			if (row != null && !this.verbose) {
				line += " [applied " + row.startedAt() + tag + "]";
			}
			else if (row != null) {
				line += "    Applied: " + row.startedAt() + " by " + row.appliedBy() + " (" + row.durationMs() + " ms)"
						+ tag + "\n";
			}
			this.root.io.out().println(line);
		}
		return 0;
	}

	private static Optional<HistoryEntry> lastRun(List<HistoryEntry> steps, String id) {
		return steps.stream()
			.filter((row) -> row.revision().equals(id) && row.success() && !"downgrade".equals(row.operation()))
			.reduce((first, second) -> second);
	}

	/**
	 * Split {@code [start]:[end]} into its two ends, {@code null} where empty (both when there is
	 * no range at all).
	 */
	static @Nullable String[] range(@Nullable String range) {
		if (range == null) {
			return new @Nullable String[2];
		}
		String[] parts = range.strip().split(":", -1);
		if (!range.contains(":") || parts.length != 2) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT,
					"History range requires [start]:[end], [start]:, or :[end]");
		}
		return new @Nullable String[] { parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1] };
	}

	/**
	 * The latest successful upgrade or stamp of each revision that is applied now, that is every
	 * revision a downgrade to base would take down.
	 */
	private static Map<String, HistoryEntry> lastApplied(Retort engine, RevisionGraph graph, List<String> current) {
		Set<String> appliedIds = graph.downgrade(current, "base").steps().stream()
			.map((step) -> step.revision().id())
			.collect(Collectors.toSet());
		return engine.history().stream()
			.filter((row) -> row.success() && !"downgrade".equals(row.operation()) && appliedIds.contains(row.revision()))
			.collect(Collectors.toMap(HistoryEntry::revision, Function.identity(), (a, b) -> b));
	}

}
