/**
 * The operations of Java revisions ({@link dev.retort.core.api.Migration}): a small typed API
 * whose calls Retort renders as SQL for H2, PostgreSQL and MariaDB.
 */
@NullMarked
package dev.retort.core.api.migration;

import org.jspecify.annotations.NullMarked;
