package dev.retort.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retort:index} declared in an execution: bound to {@code process-classes}, it runs
 * {@code retort index --output-dir target/classes}, which writes the revision index without a
 * database.
 */
class MavenPluginIndexGoalIT {

	@Test
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
		Path index = app.directory().resolve("target/classes/db/revisions/retort.index");
		assertThat(index).as("the index of classpath:db/revisions, next to its files").isRegularFile();
		assertThat(Files.readString(index)).contains("\nretort-index\t1\t1\n")
			.contains("0a1b2c3d4e5f_create_audit_log.sql", "\t0a1b2c3d4e5f\t");
		assertThat(app.log("index.log")).contains("Wrote ", "(1 revision of classpath:db/revisions)");
	}

}
