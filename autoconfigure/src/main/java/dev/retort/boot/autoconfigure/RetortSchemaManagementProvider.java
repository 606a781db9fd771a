package dev.retort.boot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import dev.retort.core.api.Retort;

/**
 * Tells Hibernate's {@code ddl-auto} default that Retort owns the schema, so an embedded
 * database is not created and dropped by Hibernate as well. The engine does not expose its
 * DataSource, and a dedicated {@code migrate.url} usually points at the application's own
 * database, so any Retort engine counts.
 */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Retort> retorts;

	RetortSchemaManagementProvider(ObjectProvider<Retort> retorts) {
		this.retorts = retorts;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.retorts.stream().findAny().isPresent() ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
