package dev.retort.cli;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/**
 * Renders revisions the way Alembic's {@code Script.cmd_format}, {@code _head_only} and
 * {@code log_entry} do, so output of {@code heads}, {@code branches}, {@code history} and
 * {@code show} is line-for-line what Alembic users know.
 */
final class AlembicText {

	private final RevisionGraph graph;

	private final Set<String> current;

	AlembicText(RevisionGraph graph, Collection<String> current) {
		this.graph = graph;
		this.current = Set.copyOf(current);
	}

	String cmdFormat(RevisionHeader revision, boolean verbose, boolean includeBranches, boolean includeDoc,
			boolean includeParents, boolean treeIndicators) {
		return verbose ? logEntry(revision)
				: headOnly(revision, includeBranches, includeDoc, includeParents, treeIndicators);
	}

	String headOnly(RevisionHeader revision, boolean includeBranches, boolean includeDoc, boolean includeParents,
			boolean treeIndicators) {
		String id = revision.id();
		StringBuilder text = new StringBuilder();
		if (includeParents) {
			text.append(formatDownRevision(revision));
			if (!revision.dependsOn().isEmpty()) {
				text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
			}
			text.append(" -> ");
		}
		text.append(id);
		List<String> labels = this.graph.branchLabels(id).stream().sorted().toList();
		if (includeBranches && !labels.isEmpty()) {
			text.append(" (").append(String.join(", ", labels)).append(')');
		}
		boolean head = this.graph.nextRevisions(id).isEmpty();
		boolean realHead = this.graph.realHeads().contains(id);
		if (realHead) {
			text.append(" (head)");
		}
		if (head && !realHead) {
			text.append(" (effective head)");
		}
		if (this.current.contains(id)) {
			text.append(" (current)");
		}
		if (treeIndicators) {
			if (this.graph.isBranchPoint(id)) {
				text.append(" (branchpoint)");
			}
			if (this.graph.isMergePoint(id)) {
				text.append(" (mergepoint)");
			}
		}
		if (includeDoc) {
			text.append(", ").append(doc(revision));
		}
		return text.toString();
	}

	/** Alembic's {@code log_entry}: a block ending with a newline, so printing it leaves a blank line. */
	String logEntry(RevisionHeader revision) {
		String id = revision.id();
		StringBuilder entry = new StringBuilder("Rev: ").append(id);
		if (this.graph.nextRevisions(id).isEmpty()) {
			entry.append(" (head)");
		}
		if (this.graph.isBranchPoint(id)) {
			entry.append(" (branchpoint)");
		}
		if (this.graph.isMergePoint(id)) {
			entry.append(" (mergepoint)");
		}
		if (this.current.contains(id)) {
			entry.append(" (current)");
		}
		entry.append('\n');
		entry.append(this.graph.isMergePoint(id) ? "Merges: " : "Parent: ")
			.append(formatDownRevision(revision))
			.append('\n');
		if (!revision.dependsOn().isEmpty()) {
			entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		if (this.graph.isBranchPoint(id)) {
			entry.append("Branches into: ").append(String.join(", ", this.graph.nextRevisions(id))).append('\n');
		}
		List<String> labels = this.graph.branchLabels(id).stream().sorted().toList();
		if (!labels.isEmpty()) {
			entry.append("Branch names: ").append(String.join(", ", labels)).append('\n');
		}
		entry.append("Path: ").append(revision.source()).append('\n');
		entry.append('\n');
		List<String> lines = longdoc(revision).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			entry.append("    ").append(lines.get(i));
			if (i < lines.size() - 1) {
				entry.append('\n');
			}
		}
		return entry.append('\n').toString();
	}

	/** Alembic's {@code doc}: the first paragraph of the docstring. */
	static String doc(RevisionHeader revision) {
		return longdoc(revision).split("\n\n", 2)[0];
	}

	/** The docstring Alembic's revision template writes, built from the SQL header. */
	static String longdoc(RevisionHeader revision) {
		String doc = revision.message() + "\n\nRevision ID: " + revision.id() + "\nRevises: "
				+ String.join(", ", revision.downRevisions()) + "\nCreate Date: " + revision.createDate();
		return doc.strip();
	}

	private static String formatDownRevision(RevisionHeader revision) {
		return revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
	}

}
