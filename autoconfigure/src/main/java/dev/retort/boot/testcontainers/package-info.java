/**
 * Testcontainers service connections for Retort: a {@code @ServiceConnection} JDBC container is
 * the database Retort migrates.
 */
@NullMarked
package dev.retort.boot.testcontainers;

import org.jspecify.annotations.NullMarked;
