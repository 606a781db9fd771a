package dev.retort.boot.autoconfigure;

import java.util.Map;

import javax.sql.DataSource;

/**
 * A database per tenant: define a bean of this type to migrate each tenant's DataSource (for
 * example the targets of an {@code AbstractRoutingDataSource}) in place of
 * {@code migrate.tenants.schemas}.
 *
 * <pre>{@code
 * @Bean
 * RetortTenantDataSources tenantDatabases(Map<String, DataSource> byTenant) {
 *     return () -> byTenant;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RetortTenantDataSources {

	/**
	 * The tenants' DataSources, in the order to migrate them; asked once when the tenants are set up.
	 * @return the DataSources by tenant name
	 */
	Map<String, DataSource> dataSources();

}
