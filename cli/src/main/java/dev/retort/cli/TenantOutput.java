package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationListener;
import dev.retort.core.graph.Step;

/**
 * One tenant's streams in a tenant run: results kept for the end, when they are printed in
 * tenant order; progress and errors printed at once, each line prefixed with the tenant's name.
 */
final class TenantOutput {

	private final String tenant;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final PrintStream err;

	private final AtomicInteger steps = new AtomicInteger();

	private volatile Optional<String> failure = Optional.empty();

	TenantOutput(String tenant, PrintStream err) {
		this.tenant = tenant;
		this.err = new PrintStream(new Prefixed(tenant + ": ", err), true, StandardCharsets.UTF_8);
	}

	CliIo io(CliIo parent) {
		return new CliIo(new PrintStream(this.out, true, StandardCharsets.UTF_8), this.err, parent.env(),
				parent.workingDirectory());
	}

	MigrationListener listener() {
		ConsoleListener console = new ConsoleListener(this.err);
		return new MigrationListener() {

			@Override
			public void lockWaiting(String holder, Duration timeout) {
				console.lockWaiting(holder, timeout);
			}

			@Override
			public void stepStarting(Step step) {
				console.stepStarting(step);
			}

			@Override
			public void stepFinished(AppliedStep step) {
				TenantOutput.this.steps.incrementAndGet();
			}

		};
	}

	/** Steps that ran to completion. */
	int steps() {
		return this.steps.get();
	}

	/** What the tenant's command printed as its result. */
	String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	List<String> lines() {
		return out().lines().map((line) -> this.tenant + ": " + line).toList();
	}

	/** The message of the {@code FAILED:} line the command printed, if any. */
	Optional<String> failure() {
		return this.failure;
	}

	/** Writes whole lines to the target with a prefix; notes the tenant's {@code FAILED:} line. */
	private final class Prefixed extends OutputStream {

		private final String prefix;

		private final PrintStream target;

		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		Prefixed(String prefix, PrintStream target) {
			this.prefix = prefix;
			this.target = target;
		}

		@Override
		public synchronized void write(int b) {
			if (b == '\n') {
				String text = this.line.toString(StandardCharsets.UTF_8);
				this.line.reset();
				if (text.startsWith("FAILED: ") && TenantOutput.this.failure.isEmpty()) {
					TenantOutput.this.failure = Optional.of(text.substring("FAILED: ".length()));
				}
				this.target.println(this.prefix + text);
			}
			else {
				this.line.write(b);
			}
		}

	}

}
