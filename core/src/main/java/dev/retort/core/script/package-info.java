/**
 * Script sources: reading revision files from classpath and filesystem locations.
 */
@NullMarked
package dev.retort.core.script;

import org.jspecify.annotations.NullMarked;
