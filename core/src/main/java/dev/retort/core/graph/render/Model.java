package dev.retort.core.graph.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.graph.RevisionHeader;

/**
 * What a picture shows: one item per revision (heads first, as {@code history} lists them), the
 * edges between the items shown, and a state per item when states were given. Revisions that have
 * a state but are not in the graph (for example rows of the version table no file defines) are
 * shown as items without edges.
 */
final class Model {

	/**
	 * One box of the picture.
	 * @param id the revision id, or a made-up id for a collapsed run
	 * @param message the message, or "… N revisions …" for a collapsed run
	 * @param labels the branch labels declared on the revision
	 * @param state the state, {@code null} when no states were given
	 * @param head whether it is a head of the graph
	 * @param hidden how many revisions a collapsed item stands for; 0 for a revision
	 * @param inGraph whether the revision is defined by a file or class
	 */
	record Item(String id, String message, List<String> labels, @Nullable String state, boolean head, int hidden,
			boolean inGraph) {

		boolean collapsed() {
			return this.hidden > 0;
		}

	}

	/**
	 * An edge from a revision to one that builds on it.
	 * @param from the parent (or the revision depended on)
	 * @param to the child (or the dependent)
	 * @param dependency whether the edge is a {@code depends_on} rather than a {@code down_revision}
	 */
	record Link(String from, String to, boolean dependency) {
	}

	final List<Item> items;

	final List<Link> links;

	private Model(List<Item> items, List<Link> links) {
		this.items = List.copyOf(items);
		this.links = List.copyOf(links);
	}

	static Model of(RevisionGraph graph, List<RevisionHeader> shown, Map<String, String> states) {
		Set<String> ids = new LinkedHashSet<>();
		shown.forEach((revision) -> ids.add(revision.id()));
		Set<String> heads = Set.copyOf(graph.heads());
		List<Item> items = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		for (RevisionHeader revision : graph.revisions()) {
			if (!ids.contains(revision.id())) {
				continue;
			}
			items.add(new Item(revision.id(), revision.message(), revision.branchLabels(), states.get(revision.id()),
					heads.contains(revision.id()), 0, true));
			for (String parent : revision.downRevisions()) {
				if (ids.contains(parent)) {
					links.add(new Link(parent, revision.id(), false));
				}
			}
			for (String dependency : revision.dependsOn()) {
				String target = resolve(graph, dependency);
				if (target != null && ids.contains(target)) {
					links.add(new Link(target, revision.id(), true));
				}
			}
		}
		states.forEach((id, state) -> {
			if (graph.find(id).isEmpty()) {
				items.add(new Item(id, "not defined by any revision file", List.of(), state, false, 0, false));
			}
		});
		return new Model(items, links);
	}

	private static @Nullable String resolve(RevisionGraph graph, String dependency) {
		try {
			return graph.get(dependency).id();
		}
		catch (RetortException ex) {
			return null;
		}
	}

	boolean hasStates() {
		return this.items.stream().anyMatch((item) -> item.state() != null);
	}

	/**
	 * Replace the middle of every linear run longer than {@code longest} by one item: a run is a
	 * chain of revisions with one parent and one child each, no dependency, no declared label, and
	 * one state. The first and last revision of a run stay visible.
	 */
	Model collapse(int longest) {
		Map<String, List<Link>> in = new HashMap<>();
		Map<String, List<Link>> out = new HashMap<>();
		for (Link link : this.links) {
			in.computeIfAbsent(link.to(), (key) -> new ArrayList<>()).add(link);
			out.computeIfAbsent(link.from(), (key) -> new ArrayList<>()).add(link);
		}
		Map<String, Item> byId = new LinkedHashMap<>();
		this.items.forEach((item) -> byId.put(item.id(), item));
		Map<String, String> replacedBy = new HashMap<>();
		List<Item> collapsedItems = new ArrayList<>();
		for (Item item : this.items) {
			if (!plain(item, in, out) || continuesRun(item, byId, in, out)) {
				continue;
			}
			// item is the newest revision of a run (items come heads first): walk down to its oldest
			List<Item> run = new ArrayList<>(List.of(item));
			Item next = item;
			while (true) {
				Item parent = byId.get(in.get(next.id()).get(0).from());
				if (parent == null || !plain(parent, in, out) || !Objects.equals(parent.state(), item.state())) {
					break;
				}
				run.add(parent);
				next = parent;
			}
			if (run.size() > longest && run.size() > 2) {
				List<Item> middle = run.subList(1, run.size() - 1);
				String id = "collapsed-" + middle.get(middle.size() - 1).id() + "-" + middle.get(0).id();
				Item collapsed = new Item(id, "… " + middle.size() + " revisions …", List.of(), item.state(), false,
						middle.size(), true);
				collapsedItems.add(collapsed);
				middle.forEach((hidden) -> replacedBy.put(hidden.id(), id));
			}
		}
		if (replacedBy.isEmpty()) {
			return this;
		}
		List<Item> items = new ArrayList<>();
		Set<String> added = new LinkedHashSet<>();
		for (Item item : this.items) {
			String replacement = replacedBy.get(item.id());
			if (replacement == null) {
				items.add(item);
			}
			else if (added.add(replacement)) {
				items.add(collapsedItems.stream().filter((c) -> c.id().equals(replacement)).findFirst().orElseThrow());
			}
		}
		Set<Link> links = new LinkedHashSet<>();
		for (Link link : this.links) {
			String from = replacedBy.getOrDefault(link.from(), link.from());
			String to = replacedBy.getOrDefault(link.to(), link.to());
			if (!from.equals(to)) {
				links.add(new Link(from, to, link.dependency()));
			}
		}
		return new Model(items, new ArrayList<>(links));
	}

	private static boolean plain(Item item, Map<String, List<Link>> in, Map<String, List<Link>> out) {
		List<Link> parents = in.getOrDefault(item.id(), List.of());
		List<Link> children = out.getOrDefault(item.id(), List.of());
		return !item.head() && item.labels().isEmpty() && parents.size() == 1 && children.size() == 1
				&& !parents.get(0).dependency() && !children.get(0).dependency();
	}

	/** Whether the item's only child is plain too, with the same state: then the run starts above. */
	private static boolean continuesRun(Item item, Map<String, Item> byId, Map<String, List<Link>> in,
			Map<String, List<Link>> out) {
		Item child = byId.get(out.get(item.id()).get(0).to());
		return child != null && plain(child, in, out) && Objects.equals(child.state(), item.state());
	}

}
