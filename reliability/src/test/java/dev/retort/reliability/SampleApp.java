package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged sample application ({@code sample-app/target/retort-sample-app.jar}) run as users
 * run it: its own JVM, configuration in {@code config/application.properties} of its working
 * directory, logs captured from stdout and stderr.
 */
final class SampleApp implements AutoCloseable {

	private final Process process;

	private final Path out;

	private final Path err;

	final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SampleApp(Process process, Path out, Path err, int port) {
		this.process = process;
		this.out = out;
		this.err = err;
		this.port = port;
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("sample.jar", "../sample-app/target/retort-sample-app.jar"))
			.toAbsolutePath()
			.normalize();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; build it with mvn -pl sample-app -am package -DskipTests");
		}
		return jar;
	}

	/** Starts the application with these properties and extra arguments; returns at once. */
	static SampleApp start(Path directory, Map<String, String> properties, String... args) {
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path config = Files.createDirectories(directory.resolve("config"));
			StringBuilder text = new StringBuilder("server.port=" + port + "\n");
			properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
			Files.writeString(config.resolve("application.properties"), text);
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar().toString()));
			command.addAll(List.of(args));
			Path out = directory.resolve("app-out.txt");
			Path err = directory.resolve("app-err.txt");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_") || name.startsWith("SPRING_"));
			return new SampleApp(builder.start(), out, err, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for the web server, or for the process to end (a failed start). */
	boolean awaitStarted(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				return false;
			}
			if (output().contains("Started SampleApplication")) {
				return true;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the sample app neither started nor failed within " + timeout + ":\n" + output());
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor();
			throw new AssertionError("the sample app did not exit within " + timeout + ":\n" + output());
		}
		return this.process.exitValue();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Everything the application printed so far (its logs). */
	String output() {
		try {
			return Files.readString(this.out, StandardCharsets.UTF_8) + Files.readString(this.err, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
