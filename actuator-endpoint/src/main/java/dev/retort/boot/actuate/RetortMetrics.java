package dev.retort.boot.actuate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;
import dev.retort.core.graph.Step;

/**
 * Gauges for {@link Retort} engines, tagged with the bean {@code name}: {@code retort.pending}
 * (revisions {@code upgrade heads} would run) and {@code retort.partial} (1 while a revision is
 * half-applied). A scrape never queries the database by itself: each engine's status is read once,
 * on the first reading after startup and after each migration step this application runs, then
 * cached. It is {@code NaN} when that read fails. Migrations run by another process show after
 * this application's next run or restart.
 *
 * @since 0.1.0
 */
public class RetortMetrics implements MeterBinder, MigrationListener {

	private final Supplier<Map<String, Retort>> retorts;

	private final Map<String, Status> cache = new ConcurrentHashMap<>();

	/**
	 * Create gauges for engines.
	 * @param retorts supplies the engines by bean name when the gauges are bound (the engines
	 * themselves take this object as a listener, so it cannot need them when it is created)
	 */
	public RetortMetrics(Supplier<Map<String, Retort>> retorts) {
		this.retorts = retorts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.retorts.get().forEach((name, retort) -> {
			gauge(registry, "retort.pending", "Revisions pending", name, retort, (status) -> status.pending().size());
			gauge(registry, "retort.partial", "Whether a revision is half-applied", name, retort,
					(status) -> status.partial().isPresent() ? 1 : 0);
		});
	}

	@Override
	public void stepFinished(AppliedStep step) {
		this.cache.clear();
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		this.cache.clear();
	}

	private void gauge(MeterRegistry registry, String metric, String description, String name, Retort retort,
			ToDoubleFunction<Status> value) {
		Gauge.builder(metric, retort, (engine) -> read(name, engine, value))
			.description(description)
			.tag("name", name)
			.register(registry);
	}

	private double read(String name, Retort retort, ToDoubleFunction<Status> value) {
		try {
			return value.applyAsDouble(this.cache.computeIfAbsent(name, (key) -> retort.status()));
		}
		catch (RetortException ex) {
			return Double.NaN;
		}
	}

}
