package dev.retort.boot.actuate;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;

/**
 * Gauges for {@link Retort} engines, tagged with the bean {@code name}: {@code retort.pending}
 * (revisions {@code upgrade heads} would run) and {@code retort.partial} (1 while a revision is
 * half-applied). Each reading queries the database; it is {@code NaN} when that fails.
 *
 * @since 0.1.0
 */
public class RetortMetrics implements MeterBinder {

	private final Map<String, Retort> retorts;

	/**
	 * Create gauges for engines.
	 * @param retorts the engines by bean name
	 */
	public RetortMetrics(Map<String, Retort> retorts) {
		this.retorts = Map.copyOf(retorts);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.retorts.forEach((name, retort) -> {
			gauge(registry, "retort.pending", "Revisions pending", name, retort, (status) -> status.pending().size());
			gauge(registry, "retort.partial", "Whether a revision is half-applied", name, retort,
					(status) -> status.partial().isPresent() ? 1 : 0);
		});
	}

	private static void gauge(MeterRegistry registry, String metric, String description, String name, Retort retort,
			ToDoubleFunction<Status> value) {
		Gauge.builder(metric, retort, (engine) -> read(engine, value))
			.description(description)
			.tag("name", name)
			.register(registry);
	}

	private static double read(Retort retort, ToDoubleFunction<Status> value) {
		try {
			return value.applyAsDouble(retort.status());
		}
		catch (RetortException ex) {
			return Double.NaN;
		}
	}

}
