package dev.retort.core.internal.migration;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what {@code upgrade} does without running anything, to derive the downgrade.
 * {@link #jdbc()} ends the recording: what the code does with the connection cannot be undone
 * automatically.
 */
final class Recorder extends OpsSupport {

	private final List<Op> ops = new ArrayList<>();

	@Override
	void perform(Op op) {
		this.ops.add(op);
	}

	@Override
	public Connection jdbc() {
		this.ops.add(new Op.Jdbc());
		throw new Stop();
	}

	List<Op> ops() {
		return List.copyOf(this.ops);
	}

	/** Unwinds {@code upgrade} at its first {@code jdbc()} call while recording. */
	static final class Stop extends RuntimeException {

		Stop() {
			super("recording stopped at jdbc()", null, false, false);
		}

	}

}
