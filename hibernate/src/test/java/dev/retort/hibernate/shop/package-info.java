/**
 * Test entities.
 */
@NullMarked
package dev.retort.hibernate.shop;

import org.jspecify.annotations.NullMarked;
