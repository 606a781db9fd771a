/**
 * Reliability and security tests of Retort: concurrent starts, crashes, bad input, tampering,
 * identifiers and secrets.
 */
@NullMarked
package dev.retort.reliability;

import org.jspecify.annotations.NullMarked;
