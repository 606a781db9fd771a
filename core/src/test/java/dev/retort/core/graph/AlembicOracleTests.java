package dev.retort.core.graph;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Replays the answers Alembic 1.8.1 gave ({@code tools/alembic-oracle/oracle.py}) for every case
 * under {@code alembic-oracle/} and checks Retort gives the same ones, messages included.
 *
 * <p>Alembic orders the version-table changes of a merge through a Python set, so within one step
 * the changes are compared as "which rows went, which rows came, how many of each kind".
 */
class AlembicOracleTests {

	@TestFactory
	Stream<DynamicTest> everyFixtureMatchesAlembic() throws IOException, URISyntaxException {
		URL dir = getClass().getClassLoader().getResource("alembic-oracle");
		assertThat(dir).isNotNull();
		List<Path> files;
		try (Stream<Path> listing = Files.list(Path.of(Objects.requireNonNull(dir).toURI()))) {
			files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(10);
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	@SuppressWarnings("unchecked")
	private void check(Path file) throws IOException {
		Map<String, Object> fixture = (Map<String, Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
		List<RevisionHeader> revisions = new ArrayList<>();
		for (Object item : (List<Object>) fixture.get("revisions")) {
			Map<String, Object> r = (Map<String, Object>) item;
			revisions.add(new RevisionHeader((String) r.get("id"), strings(r.get("down")), strings(r.get("labels")),
					strings(r.get("depends")), "", "", "versions/" + r.get("id") + ".sql"));
		}
		if (fixture.containsKey("buildError")) {
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> RevisionGraph.of(revisions))
				.withMessageStartingWith((String) fixture.get("buildError"));
			return;
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		List<String> mismatches = new ArrayList<>();
		List<Object> queries = (List<Object>) fixture.get("queries");
		for (Object item : queries) {
			Map<String, Object> query = (Map<String, Object>) item;
			try {
				String problem = answer(graph, query);
				if (problem != null) {
					mismatches.add(query + "\n    " + problem);
				}
			}
			catch (RuntimeException | AssertionError ex) {
				mismatches.add(query + "\n    threw " + ex);
			}
		}
		if (!mismatches.isEmpty()) {
			fail(mismatches.size() + " of " + queries.size() + " queries differ from Alembic, first ones:\n"
					+ String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
		}
	}

	@SuppressWarnings("unchecked")
	private String answer(RevisionGraph graph, Map<String, Object> query) {
		Map<String, Object> expected = (Map<String, Object>) query.get("expected");
		List<String> current = strings(query.getOrDefault("current", List.of()));
		Object actual;
		try {
			actual = switch ((String) query.get("op")) {
				case "graph" -> graphFacts(graph);
				case "resolve" -> resolved(graph, (String) query.get("target"), current, expected);
				case "walk" -> ids(graph.walk((String) query.get("base"), (String) query.get("head"), current));
				case "upgrade" -> plan(graph.upgrade(current, (String) query.get("target")));
				case "downgrade" -> plan(graph.downgrade(current, (String) query.get("target")));
				case "stamp" -> plan(graph.stamp(current, strings(query.get("targets")),
						Boolean.TRUE.equals(query.get("purge"))));
				default -> throw new IllegalArgumentException(String.valueOf(query.get("op")));
			};
		}
		catch (RetortException ex) {
			if (expected.containsKey("crash")) {
				return null;
			}
			if (expected.containsKey("error")) {
				return ex.getMessage().equals(expected.get("error")) ? null
						: "message: expected <" + expected.get("error") + "> but was <" + ex.getMessage() + ">";
			}
			return "unexpected error " + ex.getMessage();
		}
		if (!expected.containsKey("result")) {
			return "expected " + expected + " but got result " + actual;
		}
		Object want = normalizeExpected(query, expected.get("result"));
		if (Boolean.TRUE.equals(query.get("seedDependent"))) {
			// Alembic's own order changes with PYTHONHASHSEED here: compare contents, not order
			want = loosen(want);
			actual = loosen(actual);
		}
		return want.equals(actual) ? null : "expected " + want + "\n    but was  " + actual;
	}

	@SuppressWarnings("unchecked")
	private Object normalizeExpected(Map<String, Object> query, Object result) {
		String op = (String) query.get("op");
		if (op.equals("upgrade") || op.equals("downgrade") || op.equals("stamp")) {
			Map<String, Object> plan = (Map<String, Object>) result;
			List<Object> steps = new ArrayList<>();
			for (Object item : (List<Object>) plan.get("steps")) {
				Map<String, Object> step = (Map<String, Object>) item;
				List<List<String>> updates = new ArrayList<>();
				for (Object u : (List<Object>) step.get("updates")) {
					updates.add(strings(u));
				}
				steps.add(List.of(op.equals("stamp") ? "-" : step.get("revision"), step.get("operation"),
						strings(step.get("from")), strings(step.get("to")), changes(updates),
						strings(step.get("headsAfter"))));
			}
			return List.of(steps, strings(plan.get("headsAfter")));
		}
		if (op.equals("graph")) {
			Map<String, Object> facts = new TreeMap<>((Map<String, Object>) result);
			Map<String, Object> labels = new TreeMap<>();
			((Map<String, Object>) facts.get("labels")).forEach((k, v) -> labels.put(k, new TreeSet<>(strings(v))));
			facts.put("labels", labels);
			Map<String, Object> next = new TreeMap<>();
			((Map<String, Object>) facts.get("next")).forEach((k, v) -> next.put(k, new TreeSet<>(strings(v))));
			facts.put("next", next);
			return facts;
		}
		if (op.equals("resolve")) {
			List<String> ids = new ArrayList<>();
			for (Object id : (List<Object>) result) {
				if (!"base".equals(id)) {
					ids.add((String) id);
				}
			}
			return ids;
		}
		return result;
	}

	private Object resolved(RevisionGraph graph, String target, List<String> current, Map<String, Object> expected) {
		List<String> ids = ids(graph.resolve(target, current));
		if (expected.get("result") instanceof List<?> list && list.contains(null)) {
			return "no error for a walk past the end: " + ids;
		}
		return ids;
	}

	private Map<String, Object> graphFacts(RevisionGraph graph) {
		Map<String, Object> facts = new TreeMap<>();
		List<String> ordered = ids(graph.revisions());
		facts.put("revisions", ordered);
		facts.put("heads", graph.heads());
		facts.put("realHeads", graph.realHeads());
		facts.put("bases", graph.bases());
		Map<String, Object> labels = new TreeMap<>();
		Map<String, Object> next = new TreeMap<>();
		List<String> branchPoints = new ArrayList<>();
		List<String> mergePoints = new ArrayList<>();
		for (String id : ordered) {
			labels.put(id, new TreeSet<>(graph.branchLabels(id)));
			next.put(id, new TreeSet<>(graph.nextRevisions(id)));
			if (graph.isBranchPoint(id)) {
				branchPoints.add(id);
			}
			if (graph.isMergePoint(id)) {
				mergePoints.add(id);
			}
		}
		facts.put("labels", labels);
		facts.put("next", next);
		facts.put("branchPoints", branchPoints);
		facts.put("mergePoints", mergePoints);
		return facts;
	}

	private List<Object> plan(Plan plan) {
		List<Object> steps = new ArrayList<>();
		List<String> heads = new ArrayList<>(plan.headsBefore());
		for (Step step : plan.steps()) {
			List<List<String>> updates = new ArrayList<>();
			for (VersionUpdate update : step.versionUpdates()) {
				if (update instanceof VersionUpdate.Insert insert) {
					updates.add(List.of("insert", insert.revision()));
					heads.add(insert.revision());
				}
				else if (update instanceof VersionUpdate.Delete delete) {
					updates.add(List.of("delete", delete.revision()));
					heads.remove(delete.revision());
				}
				else if (update instanceof VersionUpdate.Update change) {
					updates.add(List.of("update", change.from(), change.to()));
					heads.set(heads.indexOf(change.from()), change.to());
				}
			}
			steps.add(List.of(step.operation() == Step.Operation.STAMP ? "-" : step.revision().id(),
					step.operation().label(), step.fromRevisions(), step.toRevisions(), changes(updates),
					sorted(heads)));
		}
		assertThat(sorted(heads)).isEqualTo(sorted(plan.headsAfter()));
		return List.of(steps, sorted(plan.headsAfter()));
	}

	@SuppressWarnings("unchecked")
	private static Object loosen(Object answer) {
		if (answer instanceof Map<?, ?> facts) {
			Map<String, Object> copy = new TreeMap<>((Map<String, Object>) facts);
			copy.put("revisions", sorted((List<String>) copy.get("revisions")));
			return copy;
		}
		List<Object> list = (List<Object>) answer;
		if (list.size() == 2 && list.get(0) instanceof List<?> steps && !steps.isEmpty()
				&& steps.get(0) instanceof List<?>) {
			List<String> ran = new ArrayList<>();
			for (Object step : steps) {
				ran.add(((List<Object>) step).get(0) + " " + ((List<Object>) step).get(1));
			}
			return List.of(sorted(ran), list.get(1));
		}
		List<String> ids = new ArrayList<>();
		list.forEach(item -> ids.add(String.valueOf(item)));
		return sorted(ids);
	}

	/** Rows removed, rows added and the count of each kind of change, ignoring the order within a step. */
	private static List<Object> changes(List<List<String>> updates) {
		TreeSet<String> removed = new TreeSet<>();
		TreeSet<String> added = new TreeSet<>();
		int inserts = 0;
		int deletes = 0;
		int changes = 0;
		for (List<String> update : updates) {
			switch (update.get(0)) {
				case "insert" -> {
					inserts++;
					added.add(update.get(1));
				}
				case "delete" -> {
					deletes++;
					removed.add(update.get(1));
				}
				default -> {
					changes++;
					removed.add(update.get(1));
					added.add(update.get(2));
				}
			}
		}
		return List.of(List.copyOf(removed), List.copyOf(added), List.of(inserts, deletes, changes));
	}

	private static List<String> sorted(Collection<String> items) {
		return List.copyOf(new TreeSet<>(items));
	}

	private static List<String> ids(List<RevisionHeader> revisions) {
		return revisions.stream().map(RevisionHeader::id).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return (value == null) ? List.of() : List.copyOf((List<String>) value);
	}

}
