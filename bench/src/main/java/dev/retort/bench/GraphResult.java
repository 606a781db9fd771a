package dev.retort.bench;

/**
 * Workload D: loading N revision files and planning {@code base -> heads} and
 * {@code heads -> base}, median of repeated runs after warm-up.
 *
 * @param size N
 * @param loadMs reading and parsing the N files
 * @param graphMs building the revision graph
 * @param planMs planning the upgrade and the downgrade
 * @since 0.1.0
 */
public record GraphResult(int size, double loadMs, double graphMs, double planMs) {

	/**
	 * @return the whole of load, graph and plans
	 */
	public double totalMs() {
		return this.loadMs + this.graphMs + this.planMs;
	}

}
