/**
 * Test entities.
 */
@NullMarked
package dev.retort.hibernate.seed.after;

import org.jspecify.annotations.NullMarked;
