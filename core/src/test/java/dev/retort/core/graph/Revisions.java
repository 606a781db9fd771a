package dev.retort.core.graph;

import java.util.List;

/**
 * Short ways to write in-memory revisions in tests.
 */
final class Revisions {

	private Revisions() {
	}

	static RevisionHeader rev(String id, String... down) {
		return new RevisionHeader(id, List.of(down), List.of(), List.of(), "", "", "versions/" + id + ".sql");
	}

	static RevisionHeader labelled(String id, String label, String... down) {
		return new RevisionHeader(id, List.of(down), List.of(label), List.of(), "", "", "versions/" + id + ".sql");
	}

	static RevisionHeader depending(String id, List<String> dependsOn, String... down) {
		return new RevisionHeader(id, List.of(down), List.of(), dependsOn, "", "", "versions/" + id + ".sql");
	}

	static RevisionHeader withMessage(String id, String message, String... down) {
		return new RevisionHeader(id, List.of(down), List.of(), List.of(), message, "", "versions/" + id + ".sql");
	}

	static List<String> ids(List<RevisionHeader> revisions) {
		return revisions.stream().map(RevisionHeader::id).toList();
	}

	static List<String> ran(Plan plan) {
		return plan.steps().stream().map(step -> step.revision().id()).toList();
	}

}
