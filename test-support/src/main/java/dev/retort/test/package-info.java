/**
 * Test support shared by every module: fresh databases per test.
 */
@NullMarked
package dev.retort.test;

import org.jspecify.annotations.NullMarked;
