package dev.retort.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one harness run measured.
 *
 * @param machine facts about the machine, the JVM, the databases and the tools' versions
 * @param applies workload A
 * @param noops workload B
 * @param graphs workload D
 * @param boots workload C
 * @since 0.1.0
 */
public record RunResult(Map<String, String> machine, List<ApplyResult> applies, List<NoopResult> noops,
		List<GraphResult> graphs, List<BootResult> boots) {

	/**
	 * @param machine copied
	 * @param applies copied
	 * @param noops copied
	 * @param graphs copied
	 * @param boots copied
	 */
	public RunResult {
		machine = Map.copyOf(machine);
		applies = List.copyOf(applies);
		noops = List.copyOf(noops);
		graphs = List.copyOf(graphs);
		boots = List.copyOf(boots);
	}

	/**
	 * @param variant the variant
	 * @param database the database
	 * @return workload C's result for them, if measured
	 */
	public Optional<BootResult> boot(String variant, Database database) {
		return this.boots.stream().filter((b) -> b.variant().equals(variant) && b.database() == database).findFirst();
	}

	/**
	 * @param tool the tool
	 * @param database the database
	 * @param size N
	 * @return workload A's result for them, if measured
	 */
	public Optional<ApplyResult> apply(Tool tool, Database database, int size) {
		return this.applies.stream()
			.filter((a) -> a.tool() == tool && a.database() == database && a.size() == size)
			.findFirst();
	}

	/**
	 * @param tool the tool
	 * @param variant the variant
	 * @param database the database
	 * @param size N
	 * @return workload B's result for them, if measured
	 */
	public Optional<NoopResult> noop(Tool tool, String variant, Database database, int size) {
		return this.noops.stream()
			.filter((n) -> n.tool() == tool && n.variant().equals(variant) && n.database() == database
					&& n.size() == size)
			.findFirst();
	}

}
