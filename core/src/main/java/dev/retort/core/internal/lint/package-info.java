/**
 * The safety lint's tokenizer, statement model and rules; not API.
 */
@NullMarked
package dev.retort.core.internal.lint;

import org.jspecify.annotations.NullMarked;
