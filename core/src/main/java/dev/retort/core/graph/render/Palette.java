package dev.retort.core.graph.render;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The colours of revision states, shared by every format so that a state looks the same in the
 * SVG, in Graphviz and in Mermaid.
 */
final class Palette {

	/** The states Retort reports, in legend order. */
	static final List<String> STATES = List.of("applied", "current", "pending", "modified", "unknown");

	/**
	 * How one state is drawn.
	 * @param fill the box colour
	 * @param stroke the border colour
	 * @param dashed whether the border is dashed
	 */
	record Colours(String fill, String stroke, boolean dashed) {
	}

	private static final Colours NONE = new Colours("#ffffff", "#495057", false);

	private static final Colours OTHER = new Colours("#f1f3f5", "#343a40", false);

	private static final Map<String, Colours> BY_STATE = Map.of(
			"applied", new Colours("#d3f9d8", "#2b8a3e", false),
			"current", new Colours("#a5d8ff", "#1864ab", false),
			"pending", new Colours("#fff3bf", "#e67700", false),
			"modified", new Colours("#ffd8a8", "#c92a2a", false),
			"unknown", new Colours("#e9ecef", "#495057", true),
			"failed", new Colours("#ffc9c9", "#c92a2a", false),
			"partial", new Colours("#eebefa", "#862e9c", true));

	private Palette() {
	}

	static Colours of(@Nullable String state) {
		if (state == null) {
			return NONE;
		}
		return BY_STATE.getOrDefault(state, OTHER);
	}

}
