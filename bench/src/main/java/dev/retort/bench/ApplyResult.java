package dev.retort.bench;

import java.util.List;

/**
 * Workload A: N revisions applied to an empty database.
 *
 * @param tool the tool
 * @param database the database
 * @param size N
 * @param applied how many revisions ran: N, or fewer when the run was stopped at the time limit
 * @param totalMs wall time of the whole run, from the built engine to its return (or to the time limit)
 * @param perRevisionUs total time divided by the revisions applied
 * @param firstChunkUs time per revision over the first thousand (N/10 when N is smaller), measured
 * between revision inserts so that start-up work is left out
 * @param lastChunkUs time per revision over the last thousand (or N/10) that ran
 * @param roundTrips SQL round trips of the whole run
 * @param commits commits and rollbacks of the whole run
 * @param curve time per revision in each twentieth of the run, in order
 * @since 0.1.0
 */
public record ApplyResult(Tool tool, Database database, int size, int applied, double totalMs, double perRevisionUs,
		double firstChunkUs, double lastChunkUs, long roundTrips, long commits, List<Double> curve) {

	/**
	 * @param curve the per-chunk times, copied
	 */
	public ApplyResult {
		curve = List.copyOf(curve);
	}

	/**
	 * @return whether all N revisions ran within the time limit
	 */
	public boolean finished() {
		return this.applied == this.size;
	}

	/**
	 * @return how much slower a revision runs at the end than at the start
	 */
	public double growth() {
		return this.lastChunkUs / this.firstChunkUs;
	}

}
