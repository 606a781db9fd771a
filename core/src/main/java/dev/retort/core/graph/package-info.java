/**
 * The revision graph: a pure model of revisions and their parents, with Alembic's target
 * resolution and upgrade/downgrade planning. No I/O.
 */
@NullMarked
package dev.retort.core.graph;

import org.jspecify.annotations.NullMarked;
