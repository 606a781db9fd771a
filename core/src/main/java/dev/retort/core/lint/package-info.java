/**
 * Safety lint: finds statements of revisions that lock, rewrite or destroy before they reach
 * production. Start at {@link dev.retort.core.lint.Linter}.
 */
@NullMarked
package dev.retort.core.lint;

import org.jspecify.annotations.NullMarked;
