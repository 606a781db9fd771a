/**
 * The Retort Maven plugin: each goal runs the {@code retort} command of the same name in-process.
 */
@NullMarked
package dev.retort.maven;

import org.jspecify.annotations.NullMarked;
