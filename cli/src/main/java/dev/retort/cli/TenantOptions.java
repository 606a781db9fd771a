package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

import dev.retort.core.api.TenantFailurePolicy;
import dev.retort.core.api.TenantsBuilder;

/** The global options that make a command run once per tenant; see {@link TenantCommand}. */
final class TenantOptions {

	@Option(names = "--tenant-schemas", split = ",", paramLabel = "SCHEMA",
			description = "Run the command on each of these schemas (databases on MariaDB).")
	List<String> schemas = new ArrayList<>();

	@Option(names = "--tenant-schema-query", paramLabel = "SQL",
			description = "A query whose first column lists tenant schemas (databases on MariaDB).")
	@Nullable String schemaQuery;

	@Option(names = "--tenant-parallelism", paramLabel = "N",
			description = "How many tenants run at once (default " + TenantsBuilder.DEFAULT_PARALLELISM + ").")
	int parallelism = TenantsBuilder.DEFAULT_PARALLELISM;

	@Option(names = "--on-tenant-failure", paramLabel = "continue|stop",
			description = "Whether the other tenants go on after one fails (default continue).")
	@Nullable String onFailure;

	boolean active() {
		return !this.schemas.isEmpty() || (this.schemaQuery != null && !this.schemaQuery.isBlank());
	}

	TenantFailurePolicy policy() {
		if (this.onFailure == null || this.onFailure.equalsIgnoreCase("continue")) {
			return TenantFailurePolicy.CONTINUE;
		}
		if (this.onFailure.equalsIgnoreCase("stop")) {
			return TenantFailurePolicy.STOP;
		}
		throw new dev.retort.core.api.RetortException(dev.retort.core.api.ErrorCode.INVALID_ARGUMENT,
				"Invalid --on-tenant-failure '" + this.onFailure + "': use continue or stop");
	}

}
