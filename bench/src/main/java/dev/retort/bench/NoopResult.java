package dev.retort.bench;

/**
 * Workload B: a start with N revisions applied and nothing to do.
 *
 * @param tool the tool
 * @param variant what was timed ({@code cold}: from the built engine, revision files not yet read;
 * {@code loaded}: revision files already read, only the database check is timed)
 * @param database the database
 * @param size N
 * @param medianMs the median time over the repetitions
 * @param minMs the fastest repetition
 * @param roundTrips SQL round trips of one repetition
 * @since 0.1.0
 */
public record NoopResult(Tool tool, String variant, Database database, int size, double medianMs, double minMs,
		long roundTrips) {

}
