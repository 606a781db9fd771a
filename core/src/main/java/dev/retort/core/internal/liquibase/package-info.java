/**
 * The only code that touches Liquibase: Java revisions' operations rendered as SQL through
 * Liquibase's {@code Change} classes and SQL generators, never with a live connection.
 */
@NullMarked
package dev.retort.core.internal.liquibase;

import org.jspecify.annotations.NullMarked;
