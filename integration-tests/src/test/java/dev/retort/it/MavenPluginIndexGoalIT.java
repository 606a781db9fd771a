package dev.retort.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retort:index} declared in an execution: bound to {@code process-classes}, it runs
 * {@code retort index --output-dir target/classes}, which writes the revision index without a
 * database.
 * <p>
 * DISABLED until the CLI command {@code retort index [--output-dir DIR]} (branch i19index) is
 * merged: on a branch without it the goal fails with picocli's "Unmatched argument" for
 * {@code index}. Enable by removing {@code @Disabled}, and name the index file below if the
 * command's contract fixes it.
 */
class MavenPluginIndexGoalIT {

	@Test
	@Disabled("needs the CLI command 'retort index' from branch i19index; enable after merging it")
	void indexGoalWritesTheIndexIntoTheClassesAtProcessClasses() throws IOException {
		GeneratedApp app = GeneratedApp.create("plugin-project",
				Path.of(GeneratedApp.property("it.pluginWorkDirectory"), "index"));
		Path pom = app.directory().resolve("pom.xml");
		Files.writeString(pom, Files.readString(pom).replace("<id>heads</id>",
				"<id>index</id>\n            <goals>\n              <goal>index</goal>\n            </goals>\n          </execution>\n"
						+ "          <execution>\n            <id>heads</id>"));
		app.maven("index.log", "process-classes");
		assertThat(app.log("index.log")).contains("retort-maven-plugin:", ":index (index) @ shop", "BUILD SUCCESS")
			.doesNotContain("FAILED");
		Path classes = app.directory().resolve("target/classes");
		List<String> written;
		try (Stream<Path> files = Files.walk(classes)) {
			written = files.filter(Files::isRegularFile)
				.map((file) -> classes.relativize(file).toString())
				.filter((name) -> !name.endsWith(".class") && !name.endsWith(".sql") && !name.endsWith(".properties"))
				.toList();
		}
		assertThat(written).as("the index among the classes").anyMatch((name) -> name.contains("index"));
	}

}
