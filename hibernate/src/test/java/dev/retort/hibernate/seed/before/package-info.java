/**
 * Test entities.
 */
@NullMarked
package dev.retort.hibernate.seed.before;

import org.jspecify.annotations.NullMarked;
