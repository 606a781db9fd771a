package dev.retort.core.api;

/**
 * The command a run applies to each tenant, given the tenant's engine.
 *
 * @param <T> what the command returns
 * @since 0.1.0
 */
@FunctionalInterface
public interface TenantTask<T> {

	/**
	 * Run the command for one tenant; called on a worker thread, concurrently for different tenants.
	 * @param tenant the tenant's name
	 * @param engine an engine on the tenant's schema or database, sharing the revisions of all tenants
	 * @return the result
	 */
	T run(String tenant, Retort engine);

}
