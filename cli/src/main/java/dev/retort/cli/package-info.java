/**
 * The {@code retort} command-line tool.
 */
@NullMarked
package dev.retort.cli;

import org.jspecify.annotations.NullMarked;
