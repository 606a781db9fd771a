package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The default {@link RetortConnectionDetails}: {@code migrate.url}, {@code migrate.user},
 * {@code migrate.password} and {@code migrate.driver-class-name}.
 */
final class PropertiesRetortConnectionDetails implements RetortConnectionDetails {

	private final MigrateProperties properties;

	PropertiesRetortConnectionDetails(MigrateProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getJdbcUrl() {
		String url = this.properties.getUrl();
		return StringUtils.hasText(url) ? url : null;
	}

	@Override
	public @Nullable String getUsername() {
		String user = this.properties.getUser();
		return StringUtils.hasText(user) ? user : null;
	}

	@Override
	public @Nullable String getPassword() {
		return this.properties.getPassword();
	}

	/**
	 * @return {@code migrate.driver-class-name} only: without it, a URL that names no driver is
	 * reported with the likely fix before the driver is guessed from it
	 */
	@Override
	public @Nullable String getDriverClassName() {
		String driverClassName = this.properties.getDriverClassName();
		return StringUtils.hasText(driverClassName) ? driverClassName : null;
	}

}
