package dev.retort.core.autogenerate;

import java.util.Objects;

/**
 * The database a model is built for, so that the model speaks its types: a model from JPA
 * entities differs between H2, PostgreSQL and MariaDB.
 *
 * @param dialect {@code h2}, {@code postgresql} or {@code mariadb}
 * @param productName the JDBC product name, for example {@code PostgreSQL}
 * @param majorVersion the product's major version
 * @param minorVersion the product's minor version
 * @since 0.1.0
 */
public record DatabaseTarget(String dialect, String productName, int majorVersion, int minorVersion) {

	public DatabaseTarget {
		Objects.requireNonNull(dialect, "'dialect' must not be null");
		Objects.requireNonNull(productName, "'productName' must not be null");
	}

}
