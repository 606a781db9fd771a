/**
 * Retort's public API: the engine, its configuration, results and errors.
 */
@NullMarked
package dev.retort.core.api;

import org.jspecify.annotations.NullMarked;
