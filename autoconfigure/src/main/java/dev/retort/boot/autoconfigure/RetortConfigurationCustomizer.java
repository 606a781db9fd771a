package dev.retort.boot.autoconfigure;

import dev.retort.core.api.RetortBuilder;

/**
 * Callback to change the engine's configuration after {@code migrate.*} properties are applied
 * and before the engine is built. Beans of this type are applied in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * RetortConfigurationCustomizer lockTimeout() {
 *     return (builder) -> builder.lockTimeout(Duration.ofMinutes(5));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RetortConfigurationCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, already configured from {@code migrate.*}
	 */
	void customize(RetortBuilder builder);

}
