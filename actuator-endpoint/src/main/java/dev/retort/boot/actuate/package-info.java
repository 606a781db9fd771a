/**
 * The {@code migrations} actuator endpoint, health indicator and metrics for Retort.
 */
@NullMarked
package dev.retort.boot.actuate;

import org.jspecify.annotations.NullMarked;
