package dev.retort.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A stream that hands each complete line written to it to a consumer, so that what the CLI prints
 * reaches Maven's log line by line.
 */
final class LogLines extends OutputStream {

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	private final Consumer<String> lines;

	private LogLines(Consumer<String> lines) {
		this.lines = lines;
	}

	/** A print stream whose lines go to {@code lines}; {@link PrintStream#close()} hands over the last one. */
	static PrintStream to(Consumer<String> lines) {
		return new PrintStream(new LogLines(lines), true, StandardCharsets.UTF_8);
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			emit();
		}
		else {
			this.pending.write(b);
		}
	}

	@Override
	public synchronized void close() {
		if (this.pending.size() > 0) {
			emit();
		}
	}

	private void emit() {
		String line = this.pending.toString(StandardCharsets.UTF_8);
		this.pending.reset();
		this.lines.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
	}

}
