package dev.retort.core.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * SKELETON — the public surface other layers code against; bodies arrive with the graph work.
 */
public final class RevisionGraph {

	private RevisionGraph() {
	}

	public static RevisionGraph of(Collection<Revision> revisions) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Every revision, ordered from heads down to bases as Alembic's history lists them. */
	public List<Revision> revisions() {
		throw new UnsupportedOperationException("not yet");
	}

	/** Exact id lookup. */
	public Optional<Revision> find(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Full id, unique prefix or branch label; REVISION_NOT_FOUND / AMBIGUOUS_REVISION otherwise. */
	public Revision get(String idOrPrefix) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Alembic's {@code heads}: revisions no other revision has as down_revision. */
	public List<String> heads() {
		throw new UnsupportedOperationException("not yet");
	}

	/** Heads that are also not a dependency of another revision ({@code heads --resolve-dependencies}). */
	public List<String> realHeads() {
		throw new UnsupportedOperationException("not yet");
	}

	public List<String> bases() {
		throw new UnsupportedOperationException("not yet");
	}

	/** Children through down_revision. */
	public List<String> nextRevisions(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	public boolean isBranchPoint(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	public boolean isMergePoint(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Alembic's {@code get_revisions(target)} resolved against the current heads (for relative targets). */
	public List<Revision> resolve(String target, List<String> currentHeads) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Alembic's {@code walk_revisions(base, head)} for {@code history -r base:head}. */
	public List<Revision> walk(String base, String head, List<String> currentHeads) {
		throw new UnsupportedOperationException("not yet");
	}

	public Plan upgrade(List<String> currentHeads, String target) {
		throw new UnsupportedOperationException("not yet");
	}

	public Plan downgrade(List<String> currentHeads, String target) {
		throw new UnsupportedOperationException("not yet");
	}

	public Plan stamp(List<String> currentHeads, List<String> targets, boolean purge) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Branch labels in effect on a revision: its own and those Alembic propagates along its branch, sorted. */
	public List<String> branchLabels(String id) {
		throw new UnsupportedOperationException("not yet");
	}

}
