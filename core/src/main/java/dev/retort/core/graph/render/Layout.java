package dev.retort.core.graph.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A layered drawing of a {@link Model} (Sugiyama's scheme): every revision sits in the layer of its
 * longest path from a base, edges that skip layers pass through invisible points in the layers
 * between, barycentre sweeps order each layer to cut crossings, and a few balancing passes pull
 * each box towards its neighbours without ever letting two boxes of a layer overlap.
 */
final class Layout {

	static final double NODE_WIDTH = 240;

	static final double NODE_HEIGHT = 46;

	static final double MARGIN = 16;

	private static final double LAYER_GAP = 42;

	private static final double NODE_GAP = 28;

	private static final double BEND_GAP = 10;

	private static final int SWEEPS = 12;

	private static final int BALANCING_ROUNDS = 8;

	/** A box: the item and its top-left corner. */
	record Box(Model.Item item, double x, double y) {
	}

	/** An edge as a list of points from the bottom of the parent to the top of the child. */
	record Route(Model.Link link, List<double[]> points) {
	}

	final List<Box> boxes;

	final List<Route> routes;

	final double width;

	final double height;

	private Layout(List<Box> boxes, List<Route> routes, double width, double height) {
		this.boxes = boxes;
		this.routes = routes;
		this.width = width;
		this.height = height;
	}

	/** One point of a layer: a box, or a bend of an edge that crosses the layer. */
	private static final class Point {

		final Model.@Nullable Item item;

		final int layer;

		final List<Point> up = new ArrayList<>(2);

		final List<Point> down = new ArrayList<>(2);

		int order;

		double x;

		Point(Model.@Nullable Item item, int layer) {
			this.item = item;
			this.layer = layer;
		}

		double width() {
			return (this.item != null) ? NODE_WIDTH : 0;
		}

	}

	static Layout of(Model model, double top) {
		Map<String, Point> points = new HashMap<>();
		List<List<Point>> layers = new ArrayList<>();
		int[] layerOf = layers(model);
		for (int i = model.items.size() - 1; i >= 0; i--) {
			Model.Item item = model.items.get(i);
			Point point = new Point(item, layerOf[i]);
			points.put(item.id(), point);
			layer(layers, point.layer).add(point);
		}
		List<List<Point>> chains = new ArrayList<>();
		for (Model.Link link : model.links) {
			Point from = points.get(link.from());
			Point to = points.get(link.to());
			List<Point> chain = new ArrayList<>();
			chain.add(from);
			for (int layer = from.layer + 1; layer < to.layer; layer++) {
				Point bend = new Point(null, layer);
				layer(layers, layer).add(bend);
				chain.add(bend);
			}
			chain.add(to);
			for (int i = 1; i < chain.size(); i++) {
				chain.get(i - 1).down.add(chain.get(i));
				chain.get(i).up.add(chain.get(i - 1));
			}
			chains.add(chain);
		}
		order(layers);
		place(layers);
		double minX = Double.MAX_VALUE;
		double maxX = 0;
		for (List<Point> layer : layers) {
			for (Point point : layer) {
				minX = Math.min(minX, point.x - point.width() / 2);
				maxX = Math.max(maxX, point.x + point.width() / 2);
			}
		}
		double shift = MARGIN - ((minX == Double.MAX_VALUE) ? 0 : minX);
		List<Box> boxes = new ArrayList<>();
		for (Model.Item item : model.items) {
			Point point = points.get(item.id());
			boxes.add(new Box(item, point.x + shift - NODE_WIDTH / 2, top + point.layer * (NODE_HEIGHT + LAYER_GAP)));
		}
		List<Route> routes = new ArrayList<>();
		for (int i = 0; i < model.links.size(); i++) {
			List<double[]> route = new ArrayList<>();
			List<Point> chain = chains.get(i);
			for (int j = 0; j < chain.size(); j++) {
				Point point = chain.get(j);
				double y = top + point.layer * (NODE_HEIGHT + LAYER_GAP);
				if (j > 0) {
					route.add(new double[] { point.x + shift, y });
				}
				if (j < chain.size() - 1) {
					route.add(new double[] { point.x + shift, y + NODE_HEIGHT });
				}
			}
			routes.add(new Route(model.links.get(i), route));
		}
		double width = Math.max(0, maxX - minX) + 2 * MARGIN;
		double height = top + layers.size() * (NODE_HEIGHT + LAYER_GAP) - LAYER_GAP + MARGIN;
		return new Layout(boxes, routes, width, height);
	}

	private static List<Point> layer(List<List<Point>> layers, int index) {
		while (layers.size() <= index) {
			layers.add(new ArrayList<>());
		}
		return layers.get(index);
	}

	/**
	 * The depth of each item: the longest path from a base, through both kinds of edges; a base
	 * sits one layer above its nearest child.
	 */
	private static int[] layers(Model model) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < model.items.size(); i++) {
			index.put(model.items.get(i).id(), i);
		}
		int[] layer = new int[model.items.size()];
		int[] parents = new int[model.items.size()];
		List<List<Integer>> children = new ArrayList<>();
		model.items.forEach((item) -> children.add(new ArrayList<>()));
		for (Model.Link link : model.links) {
			int to = index.get(link.to());
			parents[to]++;
			children.get(index.get(link.from())).add(to);
		}
		Deque<Integer> ready = new ArrayDeque<>();
		List<Integer> bases = new ArrayList<>();
		for (int i = model.items.size() - 1; i >= 0; i--) {
			if (parents[i] == 0) {
				ready.add(i);
				bases.add(i);
			}
		}
		while (!ready.isEmpty()) {
			int next = ready.poll();
			for (int child : children.get(next)) {
				layer[child] = Math.max(layer[child], layer[next] + 1);
				if (--parents[child] == 0) {
					ready.add(child);
				}
			}
		}
		// a base that starts a later branch sits just above its first child, not in the top layer
		for (int base : bases) {
			children.get(base).stream().mapToInt((child) -> layer[child] - 1).min()
				.ifPresent((above) -> layer[base] = above);
		}
		return layer;
	}

	/** Barycentre sweeps down and up, keeping the order with the fewest crossings. */
	private static void order(List<List<Point>> layers) {
		renumber(layers);
		long best = crossings(layers);
		List<List<Point>> bestOrder = copy(layers);
		for (int sweep = 0; sweep < SWEEPS && best > 0; sweep++) {
			for (int i = 1; i < layers.size(); i++) {
				sortByBarycentre(layers.get(i), true);
			}
			for (int i = layers.size() - 2; i >= 0; i--) {
				sortByBarycentre(layers.get(i), false);
			}
			long crossings = crossings(layers);
			if (crossings < best) {
				best = crossings;
				bestOrder = copy(layers);
			}
		}
		for (int i = 0; i < layers.size(); i++) {
			layers.set(i, bestOrder.get(i));
		}
		renumber(layers);
	}

	private static List<List<Point>> copy(List<List<Point>> layers) {
		List<List<Point>> copy = new ArrayList<>(layers.size());
		layers.forEach((layer) -> copy.add(new ArrayList<>(layer)));
		return copy;
	}

	private static void renumber(List<List<Point>> layers) {
		for (List<Point> layer : layers) {
			for (int i = 0; i < layer.size(); i++) {
				layer.get(i).order = i;
			}
		}
	}

	private static void sortByBarycentre(List<Point> layer, boolean fromAbove) {
		Map<Point, Double> keys = new HashMap<>();
		for (Point point : layer) {
			List<Point> neighbours = fromAbove ? point.up : point.down;
			keys.put(point, neighbours.isEmpty() ? point.order
					: neighbours.stream().mapToInt((n) -> n.order).average().orElse(point.order));
		}
		layer.sort(Comparator.comparingDouble(keys::get));
		for (int i = 0; i < layer.size(); i++) {
			layer.get(i).order = i;
		}
	}

	/** Edge crossings between every pair of neighbouring layers, counted as inversions. */
	private static long crossings(List<List<Point>> layers) {
		long total = 0;
		for (int i = 0; i + 1 < layers.size(); i++) {
			List<int[]> edges = new ArrayList<>();
			for (Point point : layers.get(i)) {
				for (Point below : point.down) {
					edges.add(new int[] { point.order, below.order });
				}
			}
			edges.sort(Comparator.<int[]>comparingInt((e) -> e[0]).thenComparingInt((e) -> e[1]));
			int[] tree = new int[layers.get(i + 1).size() + 1];
			for (int seen = 0; seen < edges.size(); seen++) {
				int lower = edges.get(seen)[1];
				int notAbove = 0;
				for (int k = lower + 1; k > 0; k -= k & -k) {
					notAbove += tree[k];
				}
				total += seen - notAbove;
				for (int k = lower + 1; k < tree.length; k += k & -k) {
					tree[k]++;
				}
			}
		}
		return total;
	}

	/** Horizontal positions: packed first, then pulled towards neighbours in both directions. */
	private static void place(List<List<Point>> layers) {
		for (List<Point> layer : layers) {
			double x = 0;
			for (int i = 0; i < layer.size(); i++) {
				x += (i == 0) ? 0 : separation(layer.get(i - 1), layer.get(i));
				layer.get(i).x = x;
			}
		}
		for (int round = 0; round < BALANCING_ROUNDS; round++) {
			for (int i = 1; i < layers.size(); i++) {
				balance(layers.get(i), true);
			}
			for (int i = layers.size() - 2; i >= 0; i--) {
				balance(layers.get(i), false);
			}
		}
	}

	/**
	 * Move each point towards the median of its neighbours: the leftmost and the rightmost
	 * placements that keep the separations are both valid, and so is their average.
	 */
	private static void balance(List<Point> layer, boolean fromAbove) {
		int size = layer.size();
		double[] wanted = new double[size];
		for (int i = 0; i < size; i++) {
			Point point = layer.get(i);
			List<Point> neighbours = fromAbove ? point.up : point.down;
			wanted[i] = neighbours.isEmpty() ? point.x : median(neighbours);
		}
		double[] left = new double[size];
		double[] right = new double[size];
		for (int i = 0; i < size; i++) {
			left[i] = (i == 0) ? wanted[i] : Math.max(wanted[i], left[i - 1] + separation(layer.get(i - 1), layer.get(i)));
		}
		for (int i = size - 1; i >= 0; i--) {
			right[i] = (i == size - 1) ? wanted[i]
					: Math.min(wanted[i], right[i + 1] - separation(layer.get(i), layer.get(i + 1)));
		}
		for (int i = 0; i < size; i++) {
			layer.get(i).x = (left[i] + right[i]) / 2;
		}
	}

	private static double median(List<Point> points) {
		double[] xs = points.stream().mapToDouble((p) -> p.x).sorted().toArray();
		int middle = xs.length / 2;
		return (xs.length % 2 == 1) ? xs[middle] : (xs[middle - 1] + xs[middle]) / 2;
	}

	private static double separation(Point a, Point b) {
		boolean bends = a.item == null && b.item == null;
		return (a.width() + b.width()) / 2 + (bends ? BEND_GAP : NODE_GAP);
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
