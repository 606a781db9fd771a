/**
 * Benchmarks of Retort against Flyway, Liquibase and a raw JDBC loop; started by {@code bench/run}.
 */
@NullMarked
package dev.retort.bench;

import org.jspecify.annotations.NullMarked;
