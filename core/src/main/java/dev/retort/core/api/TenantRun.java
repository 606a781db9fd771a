package dev.retort.core.api;

import java.util.List;

/**
 * The results of one command over many tenants, in the order the tenants were listed.
 *
 * @param results one per tenant
 * @param <T> what the command returns
 * @since 0.1.0
 */
public record TenantRun<T>(List<TenantResult<T>> results) {

	public TenantRun {
		results = List.copyOf(results);
	}

	/**
	 * The tenants whose command threw.
	 * @return their names, in order
	 */
	public List<String> failed() {
		return names(TenantOutcome.FAILED);
	}

	/**
	 * The tenants an earlier failure kept from starting ({@link TenantFailurePolicy#STOP}).
	 * @return their names, in order
	 */
	public List<String> skipped() {
		return names(TenantOutcome.SKIPPED);
	}

	/**
	 * Whether every tenant succeeded.
	 * @return {@code true} when none failed or was skipped
	 */
	public boolean succeeded() {
		return this.results.stream().allMatch((result) -> result.outcome() == TenantOutcome.SUCCEEDED);
	}

	private List<String> names(TenantOutcome outcome) {
		return this.results.stream()
			.filter((result) -> result.outcome() == outcome)
			.map(TenantResult::tenant)
			.toList();
	}

}
