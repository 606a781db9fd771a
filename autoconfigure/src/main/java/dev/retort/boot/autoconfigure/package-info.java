/**
 * Spring Boot auto-configuration for Retort: {@code migrate.*} properties, the engine bean and
 * the initializer that upgrades the database before anything uses it.
 */
@NullMarked
package dev.retort.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
