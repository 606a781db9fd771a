package dev.retort.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.graph.Step;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RetortBuilder#listener} adds: every listener given hears every event, in the order given. */
class ListenerCompositionTests {

	@TempDir
	Path dir;

	@DatabaseTest(DatabaseKind.H2)
	void everyListenerAddedHearsEachStepInOrder(TestDatabase db) throws IOException {
		Files.writeString(this.dir.resolve("a1_create_t.sql"),
				"-- revision: a1\n-- message: create t\n\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n");
		List<String> heard = new ArrayList<>();
		Retort retort = Retort.configure()
			.dataSource(db.dataSource())
			.locations("filesystem:" + this.dir)
			.listener(recording("first", heard))
			.listener(recording("second", heard))
			.listener(recording("third", heard))
			.load();
		retort.upgrade("head");
		assertThat(heard).containsExactly("first starting a1", "second starting a1", "third starting a1",
				"first finished a1", "second finished a1", "third finished a1");
	}

	private static MigrationListener recording(String name, List<String> heard) {
		return new MigrationListener() {

			@Override
			public void stepStarting(Step step) {
				heard.add(name + " starting " + step.revision().id());
			}

			@Override
			public void stepFinished(AppliedStep step) {
				heard.add(name + " finished " + step.step().revision().id());
			}

		};
	}

}
