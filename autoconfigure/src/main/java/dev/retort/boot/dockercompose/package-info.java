/**
 * Docker Compose service connections for Retort: a database service started by Spring Boot's
 * Docker Compose support is the database Retort migrates.
 */
@NullMarked
package dev.retort.boot.dockercompose;

import org.jspecify.annotations.NullMarked;
