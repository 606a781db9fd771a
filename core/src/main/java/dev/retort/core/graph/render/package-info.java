/**
 * Pictures of the revision graph: Graphviz DOT, Mermaid, Retort's own SVG, JSON-ready data and a
 * terminal graph like {@code git log --graph}, each optionally coloured by revision state.
 */
@NullMarked
package dev.retort.core.graph.render;

import org.jspecify.annotations.NullMarked;
