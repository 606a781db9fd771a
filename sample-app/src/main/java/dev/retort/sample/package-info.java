/**
 * A small Spring Boot application whose schema Retort manages.
 */
@NullMarked
package dev.retort.sample;

import org.jspecify.annotations.NullMarked;
