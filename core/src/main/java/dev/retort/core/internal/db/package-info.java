/**
 * Database side of the engine: dialects, version and history tables, locking and step execution.
 * Not API.
 */
@NullMarked
package dev.retort.core.internal.db;

import org.jspecify.annotations.NullMarked;
