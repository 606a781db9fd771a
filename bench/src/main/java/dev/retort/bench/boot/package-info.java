/**
 * Workload C: the Spring Boot application whose startup is timed, one JVM per start.
 */
@NullMarked
package dev.retort.bench.boot;

import org.jspecify.annotations.NullMarked;
