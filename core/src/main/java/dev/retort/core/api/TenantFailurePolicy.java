package dev.retort.core.api;

/**
 * What a run over many tenants does when one of them fails.
 *
 * @since 0.1.0
 */
public enum TenantFailurePolicy {

	/** The other tenants run on: one broken tenant does not hold back the rest (the default). */
	CONTINUE,

	/** Tenants not started yet are skipped; those already running finish. */
	STOP

}
