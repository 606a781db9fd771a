package dev.retort.boot.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real application on a random port, with Retort, the actuator, Spring MVC and its own H2
 * database, for tests that talk HTTP to the endpoint.
 */
final class RunningApp implements AutoCloseable {

	private static final HttpClient client = HttpClient.newHttpClient();

	private final ConfigurableApplicationContext context;

	private final int port;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Start an application exposing {@code migrations}, {@code health} and {@code metrics}.
	 * @param properties extra properties, {@code key=value}
	 * @return the running application
	 */
	static RunningApp start(String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"spring.datasource.generate-unique-name=true",
				"management.endpoints.web.exposure.include=migrations,health,metrics",
				"management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return new RunningApp(new SpringApplicationBuilder(TestApplication.class).properties(all.toArray(String[]::new))
			.run());
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** A GET with an {@code Accept} header, keeping the whole response (headers too). */
	HttpResponse<String> get(String path, String accept) {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Response post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param body the body
	 */
	record Response(int status, String body) {

		DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		/** Read from the one Retort bean's description: {@code $.contexts.application.migrations.retort}. */
		<T> T retort(String path) {
			return json().read("$.contexts.application.migrations.retort" + path);
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
