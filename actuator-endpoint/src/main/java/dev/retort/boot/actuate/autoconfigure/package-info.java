/**
 * Auto-configuration for Retort's actuator endpoint, health indicator and metrics.
 */
@NullMarked
package dev.retort.boot.actuate.autoconfigure;

import org.jspecify.annotations.NullMarked;
