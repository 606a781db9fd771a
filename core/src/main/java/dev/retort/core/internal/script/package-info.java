/**
 * Reading revisions: the SQL revision file format, statement splitting, checksums and location
 * scanning. Not API.
 */
@NullMarked
package dev.retort.core.internal.script;

import org.jspecify.annotations.NullMarked;
