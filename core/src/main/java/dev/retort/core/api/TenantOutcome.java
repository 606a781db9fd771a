package dev.retort.core.api;

/**
 * How one tenant's part of a run ended.
 *
 * @since 0.1.0
 */
public enum TenantOutcome {

	/** The command ran and returned. */
	SUCCEEDED,

	/** The command threw; the tenant's own transaction rules decide what stayed applied. */
	FAILED,

	/** The command never started for this tenant: an earlier failure stopped the run. */
	SKIPPED

}
