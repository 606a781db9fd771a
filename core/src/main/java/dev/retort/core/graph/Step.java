package dev.retort.core.graph;

import java.util.List;

/**
 * One step of a plan: run one revision up or down (or, for a stamp, only move the version rows),
 * with the version-table changes that go with it in the same transaction.
 *
 * @param revision the revision this step runs
 * @param operation what the step does
 * @param fromRevisions the heads this step leaves, as Alembic prints them (dependencies excluded)
 * @param toRevisions the heads this step reaches, as Alembic prints them (dependencies excluded)
 * @param versionUpdates the version-table changes, in order
 * @since 0.1.0
 */
public record Step(RevisionHeader revision, Operation operation, List<String> fromRevisions, List<String> toRevisions,
		List<VersionUpdate> versionUpdates) {

	public Step {
		fromRevisions = List.copyOf(fromRevisions);
		toRevisions = List.copyOf(toRevisions);
		versionUpdates = List.copyOf(versionUpdates);
	}

	/**
	 * The line Alembic logs for this step, for example
	 * {@code upgrade 1975ea83b712 -> ae1027a6acf0, add col}; callers prefix it with "Running ".
	 * Stamps read {@code stamp_revision a -> b} without a message, as Alembic's {@code StampStep}.
	 * @return the description
	 */
	public String describe() {
		boolean stamp = this.operation == Operation.STAMP;
		String text = (stamp ? "stamp_revision" : this.operation.label()) + " "
				+ String.join(", ", this.fromRevisions) + " -> " + String.join(", ", this.toRevisions);
		return (stamp || this.revision.message().isEmpty()) ? text : text + ", " + this.revision.message();
	}

	/**
	 * What a step does.
	 */
	public enum Operation {

		/** Run the revision's upgrade. */
		UPGRADE("upgrade"),
		/** Run the revision's downgrade. */
		DOWNGRADE("downgrade"),
		/** Move the version rows only. */
		STAMP("stamp");

		private final String label;

		Operation(String label) {
			this.label = label;
		}

		/**
		 * The lowercase name used in logs and the history table.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

}
