/**
 * Java revisions: their operations as data, recording, inversion and execution. Liquibase is
 * touched only through {@link dev.retort.core.internal.migration.SqlRenderer}, loaded on first
 * render.
 */
@NullMarked
package dev.retort.core.internal.migration;

import org.jspecify.annotations.NullMarked;
