package dev.retort.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;

/** The {@code --json} shape of one revision, shared by every listing command. */
final class RevisionJson {

	private RevisionJson() {
	}

	static Map<String, Object> of(RevisionGraph graph, RevisionHeader revision, Collection<String> current) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", revision.id());
		json.put("downRevisions", revision.downRevisions());
		json.put("dependsOn", revision.dependsOn());
		json.put("branchLabels", graph.branchLabels(revision.id()));
		json.put("message", revision.message());
		json.put("createDate", revision.createDate());
		json.put("head", graph.nextRevisions(revision.id()).isEmpty());
		json.put("branchPoint", graph.isBranchPoint(revision.id()));
		json.put("mergePoint", graph.isMergePoint(revision.id()));
		json.put("current", current.contains(revision.id()));
		json.put("source", revision.source());
		return json;
	}

}
