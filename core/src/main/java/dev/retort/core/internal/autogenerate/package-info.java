/**
 * Autogenerate internals: JDBC inspection, type normalization, the comparator and its operations,
 * and the renderers. Not API.
 */
@NullMarked
package dev.retort.core.internal.autogenerate;

import org.jspecify.annotations.NullMarked;
