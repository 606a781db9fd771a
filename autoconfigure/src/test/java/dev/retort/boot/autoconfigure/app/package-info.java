/**
 * A small JPA application for full-context tests.
 */
@NullMarked
package dev.retort.boot.autoconfigure.app;

import org.jspecify.annotations.NullMarked;
