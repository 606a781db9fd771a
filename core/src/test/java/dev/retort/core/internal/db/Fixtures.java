package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.retort.core.api.MigrationListener;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.graph.Plan;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.Step;
import dev.retort.core.graph.Step.Operation;
import dev.retort.core.graph.VersionUpdate;
import dev.retort.core.internal.db.MigrationContext.Command;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;
import dev.retort.test.TestDatabase;

/**
 * Hand-built scripts, catalogs and plans, so the database side is tested without the graph.
 */
final class Fixtures {

	static final MigrationListener SILENT = new MigrationListener() {
	};

	private Fixtures() {
	}

	static Settings settings() {
		return settings(Duration.ofSeconds(10));
	}

	static Settings settings(Duration lockTimeout) {
		return new Settings(Optional.empty(), "retort_version", "retort_history", lockTimeout,
				Optional.of("tester@test"), "test");
	}

	static MigrationContext context(TestDatabase db) {
		return new MigrationContext(db.dataSource(), settings());
	}

	static Script script(String id, List<String> parents, List<String> up, List<String> down) {
		return script(id, parents, "sha256:" + id, new SqlBody(up), Optional.of(new SqlBody(down)), true);
	}

	static Script script(String id, List<String> parents, String checksum, Body up, Optional<Body> down,
			boolean transactional) {
		RevisionHeader revision = new RevisionHeader(id, parents, List.of(), List.of(), "make " + id, "",
				"db/revisions/" + id + "_make.sql");
		return new Script(revision, checksum, transactional, up, down);
	}

	/** A trivial revision: creates table t_id on upgrade, drops it on downgrade. */
	static Script table(String id, String... parents) {
		return script(id, List.of(parents), List.of("CREATE TABLE t_" + id + " (id INT)"),
				List.of("DROP TABLE t_" + id));
	}

	static Step up(Script script, List<String> from, VersionUpdate... updates) {
		return new Step(script.revision(), Operation.UPGRADE, from, List.of(script.id()), List.of(updates));
	}

	static Step down(Script script, List<String> to, VersionUpdate... updates) {
		return new Step(script.revision(), Operation.DOWNGRADE, List.of(script.id()), to, List.of(updates));
	}

	static Step stamp(Script script, List<String> from, VersionUpdate... updates) {
		return new Step(script.revision(), Operation.STAMP, from, List.of(script.id()), List.of(updates));
	}

	static VersionUpdate insert(String revision) {
		return new VersionUpdate.Insert(revision);
	}

	static VersionUpdate delete(String revision) {
		return new VersionUpdate.Delete(revision);
	}

	static VersionUpdate update(String from, String to) {
		return new VersionUpdate.Update(from, to);
	}

	static MigrationResult run(MigrationContext context, Catalog catalog, Command command, Step... steps) {
		return context.migrate(command, (current) -> new Plan(List.of(steps), current, List.of()), catalog, SILENT,
				true);
	}

	static boolean tableExists(TestDatabase db, String table) throws SQLException {
		try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static List<String> tables(TestDatabase db) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = db.connection();
				ResultSet rows = connection.getMetaData()
					.getTables(connection.getCatalog(),
							(db.kind() == dev.retort.test.DatabaseKind.MARIADB) ? null : db.schema(), "%", null)) {
			while (rows.next()) {
				names.add(rows.getString("TABLE_NAME"));
			}
		}
		return names;
	}

	/** Scripts by id; ancestors through down revisions. */
	static final class MapCatalog implements Catalog {

		private final Map<String, Script> scripts = new HashMap<>();

		MapCatalog(Script... scripts) {
			for (Script script : scripts) {
				this.scripts.put(script.id(), script);
			}
		}

		@Override
		public Optional<Script> script(String id) {
			return Optional.ofNullable(this.scripts.get(id));
		}

		@Override
		public List<String> applied(List<String> heads) {
			Set<String> seen = new LinkedHashSet<>();
			Deque<String> todo = new ArrayDeque<>(heads);
			while (!todo.isEmpty()) {
				String id = todo.pop();
				Script script = this.scripts.get(id);
				if (script != null && seen.add(id)) {
					todo.addAll(script.revision().downRevisions());
				}
			}
			return new ArrayList<>(seen);
		}

	}

}
