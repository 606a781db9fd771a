package dev.retort.boot.actuate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.Step;

/**
 * Records each step the engine runs as the Micrometer timer {@value #METRIC_NAME}, tagged with
 * the {@code operation} ({@code upgrade}, {@code downgrade} or {@code stamp}) and the
 * {@code outcome} ({@code success} or {@code failure}). There is deliberately no revision tag: a
 * meter per revision ever applied would grow without bound. Which revisions ran is in the
 * {@code retort.migrate} observation's high-cardinality keys (see
 * {@link DefaultMigrationObservationConvention}), which reach traces, not meters.
 *
 * @since 0.1.0
 */
public class MigrationMetricsListener implements MigrationListener {

	/** The timer's name. */
	public static final String METRIC_NAME = "retort.migration";

	private final Supplier<MeterRegistry> registry;

	/**
	 * When each running step started. Tenants run the same step at once, each on its own thread,
	 * and the engine reports a step's start and end on the thread that runs it.
	 */
	private final Map<Running, Long> started = new ConcurrentHashMap<>();

	/**
	 * Create a listener.
	 * @param registry supplies the registry when the first step runs, so that the engine (built
	 * early, for database initialization) does not need it at startup
	 */
	public MigrationMetricsListener(Supplier<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void stepStarting(Step step) {
		this.started.put(new Running(step), System.nanoTime());
	}

	@Override
	public void stepFinished(AppliedStep step) {
		this.started.remove(new Running(step.step()));
		timer(step.step(), "success").record(step.duration());
	}

	@Override
	public void stepFailed(Step step, RetortException failure) {
		Long start = this.started.remove(new Running(step));
		Duration duration = (start != null) ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO;
		timer(step, "failure").record(duration);
	}

	/** A step running on the current thread. */
	private record Running(Thread thread, Step step) {

		Running(Step step) {
			this(Thread.currentThread(), step);
		}

	}

	private Timer timer(Step step, String outcome) {
		return Timer.builder(METRIC_NAME)
			.description("Time taken to run one revision")
			.tag("operation", step.operation().label())
			.tag("outcome", outcome)
			.register(this.registry.get());
	}

}
