package dev.retort.boot.actuate;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content negotiation of {@link MigrationsEndpoint} over HTTP: JSON stays the default, a browser
 * gets a self-contained read-only page, and {@code image/svg+xml} gets the graph alone.
 */
class MigrationsEndpointPageTests {

	private static final String LINEAR = "migrate.locations=classpath:db/linear";

	@Test
	void jsonStaysTheDefault() {
		try (RunningApp app = RunningApp.start(LINEAR)) {
			for (String accept : new String[] { "*/*", "application/json", "application/vnd.spring-boot.actuator.v3+json" }) {
				HttpResponse<String> response = app.get("/actuator/migrations", accept);
				assertThat(response.statusCode()).as(accept).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(
						(type) -> assertThat(type).contains("json"));
				assertThat(response.body()).as(accept).startsWith("{\"contexts\":");
			}
			assertThat(app.get("/actuator/migrations").body()).startsWith("{\"contexts\":");
			// the graph of a bean named in the query; an unknown name is the request's fault
			assertThat(app.get("/actuator/migrations?bean=retort", "image/svg+xml").statusCode()).isEqualTo(200);
			assertThat(app.get("/actuator/migrations?bean=other", "image/svg+xml").statusCode()).isEqualTo(400);
		}
	}

	@Test
	void browserGetsAReadOnlySelfContainedPageAndSvgTheGraphAlone() throws Exception {
		try (RunningApp app = RunningApp.start(LINEAR, "migrate.target=ae1027a6acf0")) {
			HttpResponse<String> response = app.get("/actuator/migrations",
					"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			String page = response.body();
			assertThat(page).startsWith("<!DOCTYPE html>")
				.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
				.contains("data-revision=\"ae1027a6acf0\" data-state=\"current\"")
				.contains("data-revision=\"1975ea83b712\" data-state=\"applied\"")
				.contains("data-revision=\"27c6a30d7c24\" data-state=\"pending\"")
				.contains("<h3>Pending revisions (1)</h3>", "<li><code>27c6a30d7c24</code> create orders</li>")
				.contains("<h3>History (2 steps, newest first)</h3>");
			// who, when and how long, per step
			assertThat(page).containsPattern("<tr><td><time datetime=\"20[^\"]+\">20\\d\\d-\\d\\d-\\d\\d [0-9:]+ UTC</time>"
					+ "</td><td>upgrade</td><td><code>ae1027a6acf0</code></td><td>add email column</td><td>[^<]+</td>"
					+ "<td><span class=\"bar\" style=\"width:\\d+px\"></span> \\d+ ms</td><td>ok</td></tr>");
			// nothing fetched from elsewhere, nothing that runs or writes
			assertThat(page).containsOnlyOnce("<section ").containsOnlyOnce("</section>").endsWith("</html>\n");
			assertThat(page.toLowerCase()).doesNotContain("<script", "<form", "<button", "<input", "<link", "src=",
					"http://localhost", "https://", "@import");
			// the graph alone, coloured by state
			HttpResponse<String> graph = app.get("/actuator/migrations", "image/svg+xml");
			assertThat(graph.statusCode()).isEqualTo(200);
			assertThat(graph.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("image/svg+xml"));
			Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(graph.body().getBytes(StandardCharsets.UTF_8)));
			assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
			List<String> nodes = new ArrayList<>();
			NodeList groups = svg.getElementsByTagName("g");
			for (int i = 0; i < groups.getLength(); i++) {
				Element group = (Element) groups.item(i);
				if (group.getAttribute("class").equals("rt-node")) {
					nodes.add(group.getAttribute("data-revision") + "=" + group.getAttribute("data-state"));
				}
			}
			assertThat(nodes).containsExactlyInAnyOrder("27c6a30d7c24=pending", "ae1027a6acf0=current",
					"1975ea83b712=applied");
		}
	}

}
