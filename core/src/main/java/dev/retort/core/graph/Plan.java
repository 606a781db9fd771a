package dev.retort.core.graph;

import java.util.List;

/**
 * The steps that take a set of current heads to a target, in the order they run, and the heads
 * that result.
 *
 * @param steps the steps in execution order; empty when there is nothing to do
 * @param headsBefore the heads the plan starts from
 * @param headsAfter the heads after every step has run
 * @since 0.1.0
 */
public record Plan(List<Step> steps, List<String> headsBefore, List<String> headsAfter) {

	public Plan {
		steps = List.copyOf(steps);
		headsBefore = List.copyOf(headsBefore);
		headsAfter = List.copyOf(headsAfter);
	}

	/**
	 * Whether there is nothing to run.
	 * @return {@code true} for an empty plan
	 */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

}
