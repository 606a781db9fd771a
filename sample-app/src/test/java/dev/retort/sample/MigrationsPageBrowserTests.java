package dev.retort.sample;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.retort.core.api.Retort;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.test.ExternalTool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the sample's {@code /actuator/migrations} in a headless Chromium, as a person would: every
 * revision id is on the page and the screenshot is not blank. The sample's revisions are joined by
 * a branch with a label, a dependency and a merge (test resources {@code db/graph-example}), and
 * the upgrade stops half-way so that applied, current and pending revisions all show.
 *
 * <p>The test also makes the picture of the README: {@code target/graph.svg} and
 * {@code target/graph.png}; with {@code -Dretort.docs.update=true} it copies them to
 * {@code docs/images/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:sample-browser;DB_CLOSE_DELAY=-1",
				"migrate.locations=classpath:db/revisions,classpath:db/graph-example",
				"migrate.target=5b7e0d4c2a19" })
class MigrationsPageBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Retort retort;

	@TempDir
	Path profile;

	@Test
	void pageShowsEveryRevisionAndIsNotBlank() throws Exception {
		Path chromium = ExternalTool.require("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome");
		String url = "http://localhost:" + this.port + "/actuator/migrations";
		String dom = chromium(chromium, "--dump-dom", url);
		List<String> ids = this.retort.graph().revisions().stream().map(RevisionHeader::id).toList();
		assertThat(ids).hasSize(6);
		for (String id : ids) {
			assertThat(dom).as(id).contains("data-revision=\"" + id + "\"");
		}
		assertThat(dom).contains("data-revision=\"5b7e0d4c2a19\" data-state=\"current\"",
				"data-revision=\"c4a9b2e7f1d3\" data-state=\"pending\"", "<h3>Pending revisions (2)</h3>");
		Path page = Path.of("target", "migrations-page.png").toAbsolutePath();
		chromium(chromium, "--screenshot=" + page, "--window-size=1280,1600", url);
		assertNotBlank(page);

		// the README's picture: the graph alone, as the endpoint serves it to image/svg+xml
		HttpResponse<String> svg = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "image/svg+xml").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(svg.statusCode()).isEqualTo(200);
		Path graphSvg = Path.of("target", "graph.svg").toAbsolutePath();
		Files.writeString(graphSvg, svg.body());
		Path graphPng = Path.of("target", "graph.png").toAbsolutePath();
		chromium(chromium, "--screenshot=" + graphPng, "--window-size=" + size(svg.body()), graphSvg.toUri().toString());
		assertNotBlank(graphPng);
		if (Boolean.getBoolean("retort.docs.update")) {
			Path images = Path.of("..", "docs", "images");
			Files.createDirectories(images);
			Files.copy(graphSvg, images.resolve("graph.svg"), StandardCopyOption.REPLACE_EXISTING);
			Files.copy(graphPng, images.resolve("graph.png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Width and height of the SVG document, for a window that shows all of it. */
	private static String size(String svg) {
		String width = svg.replaceFirst("(?s).*?width=\"([0-9.]+)\".*", "$1");
		String height = svg.replaceFirst("(?s).*?height=\"([0-9.]+)\".*", "$1");
		return Math.round(Double.parseDouble(width)) + "," + Math.round(Double.parseDouble(height));
	}

	private String chromium(Path chromium, String... args) {
		List<String> all = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + this.profile));
		all.addAll(List.of(args));
		return ExternalTool.run(chromium, "", 120, all.toArray(String[]::new));
	}

	/** A screenshot with many colours and a good share of non-white pixels is not blank. */
	private static void assertNotBlank(Path png) throws IOException {
		assertThat(png).isRegularFile();
		BufferedImage image = ImageIO.read(png.toFile());
		Set<Integer> colours = new HashSet<>();
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				if (rgb != 0xffffff) {
					inked++;
				}
			}
		}
		long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
		assertThat(colours).as("distinct colours in %s", png).hasSizeGreaterThan(20);
		assertThat(inked * 100 / sampled).as("percent of non-white pixels in %s", png).isGreaterThanOrEqualTo(2);
	}

}
