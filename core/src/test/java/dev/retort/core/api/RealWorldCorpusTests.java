package dev.retort.core.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 14: real SQL files from public projects (src/test/resources/corpus, sources and licences
 * in its README) give the same schema through Retort as through the native client. Each set of
 * files is applied three times, each into a fresh database: as revisions through Retort online,
 * file by file through {@code psql} or {@code mariadb}, and as the offline {@code upgrade --sql}
 * script fed to that client. The schema dumps ({@code pg_dump --schema-only},
 * {@code mariadb-dump --no-data --routines --triggers}, Retort's tables left out) must be
 * identical. {@code -Dretort.corpus.extra=DIR} adds the sets of a folder for a local run (see
 * the corpus README).
 */
class RealWorldCorpusTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	@TempDir
	Path work;

	/**
	 * One set of files, applied in order: one revision per file.
	 *
	 * @param kind the database the files are written for
	 * @param folder the folder that holds the files
	 * @param files the files in the order they run
	 * @param ownDatabase the database the files create and switch to themselves ({@code USE}),
	 * if any; its objects are dumped, and it is dropped after each run
	 */
	record CorpusSet(DatabaseKind kind, Path folder, List<String> files, Optional<String> ownDatabase) {

		CorpusSet(DatabaseKind kind, String folder, List<String> files, Optional<String> ownDatabase) {
			this(kind, CORPUS.resolve(folder), files, ownDatabase);
		}

		@Override
		public String toString() {
			return dialect() + "/" + this.folder.getFileName();
		}

		String dialect() {
			return this.kind.name().toLowerCase(Locale.ROOT);
		}

	}

	static Stream<CorpusSet> sets() throws IOException {
		return Stream.concat(Stream.of(
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/pagila", List.of("pagila-schema.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/sakila",
						List.of("postgres-sakila-schema.sql", "postgres-sakila-insert-data-using-copy.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/thingsboard",
						List.of("schema-entities.sql", "schema-entities-idx.sql", "schema-entities-idx-psql-addon.sql",
								"schema-ts-psql.sql", "schema-ts-latest-psql.sql", "schema-views.sql", "schema-functions.sql"),
						Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/quartz", List.of("tables_postgres.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/kanboard", List.of("postgres.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/temporal",
						List.of("temporal-schema.sql", "visibility-schema.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/audit-trigger", List.of("audit.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.POSTGRESQL, "postgresql/harbor",
						List.of("0001_initial_schema.up.sql", "0002_1.7.0_schema.up.sql",
								"0003_add_replication_op_uuid.up.sql", "0004_1.8.0_schema.up.sql", "0005_1.8.2_schema.up.sql",
								"0010_1.9.0_schema.up.sql", "0011_1.9.1_schema.up.sql", "0012_1.9.4_schema.up.sql",
								"0015_1.10.0_schema.up.sql"),
						Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/sakila", List.of("mysql-sakila-schema.sql"), Optional.of("sakila")),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/chinook", List.of("Chinook_MySql.sql"), Optional.of("Chinook")),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/apollo-config", List.of("apolloconfigdb.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/apollo-portal", List.of("apolloportaldb.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/quartz", List.of("tables_mysql_innodb.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/kanboard", List.of("mysql.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/gh-ost", List.of("create.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, "mariadb/ranger", List.of("ranger_core_db_mysql.sql"), Optional.empty())),
				extraSets(System.getProperty(EXTRA_PROPERTY)).stream());
	}

	/** Where more sets may be given for a local run (files that cannot be committed, or a user's own). */
	static final String EXTRA_PROPERTY = "retort.corpus.extra";

	/**
	 * The sets under {@code -Dretort.corpus.extra=DIR}: each folder {@code DIR/postgresql/NAME} or
	 * {@code DIR/mariadb/NAME} is one set, its {@code .sql} files run in the order of their names; a
	 * file {@code own-database} in it names the database the files create and switch to.
	 * @param extra the folder, or {@code null} for none
	 * @return the sets
	 * @throws IOException when the folder cannot be read
	 */
	static List<CorpusSet> extraSets(String extra) throws IOException {
		if (extra == null || extra.isBlank()) {
			return List.of();
		}
		Path base = Path.of(extra);
		if (!Files.isDirectory(base)) {
			throw new IllegalArgumentException(EXTRA_PROPERTY + "=" + extra + " is not a folder; it should hold"
					+ " postgresql/NAME/*.sql and mariadb/NAME/*.sql");
		}
		List<CorpusSet> sets = new ArrayList<>();
		for (DatabaseKind kind : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB)) {
			Path kindFolder = base.resolve(kind.name().toLowerCase(Locale.ROOT));
			if (!Files.isDirectory(kindFolder)) {
				continue;
			}
			try (Stream<Path> folders = Files.list(kindFolder)) {
				for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
					List<String> files;
					try (Stream<Path> paths = Files.list(folder)) {
						files = paths.map((path) -> path.getFileName().toString())
							.filter((name) -> name.endsWith(".sql"))
							.sorted()
							.toList();
					}
					Path own = folder.resolve("own-database");
					sets.add(new CorpusSet(kind, folder, files,
							Files.exists(own) ? Optional.of(Files.readString(own).trim()) : Optional.empty()));
				}
			}
		}
		if (sets.isEmpty()) {
			throw new IllegalArgumentException(EXTRA_PROPERTY + "=" + extra + " holds no postgresql/NAME or"
					+ " mariadb/NAME folder");
		}
		return sets;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sets")
	void retortOnlineAndOfflineGiveTheSchemaTheNativeClientGives(CorpusSet set) throws Exception {
		Path revisions = writeRevisions(set);
		String native_;
		try (TestDatabase db = TestDatabase.create(set.kind())) {
			for (String file : set.files()) {
				runClient(db, set.folder().resolve(file));
			}
			native_ = dumpAndDrop(db, set);
		}
		String online;
		try (TestDatabase db = TestDatabase.create(set.kind())) {
			Retort retort = Retort.configure()
				.dataSource(db.dataSource())
				.locations("filesystem:" + revisions)
				.appliedBy("corpus")
				.load();
			assertThat(retort.upgrade("heads").steps()).hasSize(set.files().size());
			assertThat(retort.current()).containsExactly(id(set.files().size() - 1));
			online = dumpAndDrop(db, set);
		}
		String offline;
		try (TestDatabase db = TestDatabase.create(set.kind())) {
			// a file that switches database (USE) needs the version table's database named offline
			String script = Retort.configure()
				.dialect(set.dialect())
				.schema(set.ownDatabase().isPresent() ? db.schema() : null)
				.locations("filesystem:" + revisions)
				.load()
				.upgradeSql("heads");
			Path file = this.work.resolve("offline.sql");
			Files.writeString(file, script);
			runClient(db, file);
			assertThat(versionRows(db)).containsExactly(id(set.files().size() - 1));
			offline = dumpAndDrop(db, set);
		}
		assertThat(native_).as("the native client's schema").contains("CREATE TABLE");
		assertThat(online).as("Retort online vs %s", set).isEqualTo(native_);
		assertThat(offline).as("Retort offline (upgrade --sql) fed to the client vs %s", set).isEqualTo(native_);
	}

	@Test
	void extraFolderGivesOneSetPerFolderWithItsFilesInNameOrder() throws IOException {
		Path postgres = Files.createDirectories(this.work.resolve("extra/postgresql/app"));
		Files.writeString(postgres.resolve("02_data.sql"), "SELECT 1;");
		Files.writeString(postgres.resolve("01_schema.sql"), "SELECT 1;");
		Files.writeString(postgres.resolve("SOURCE.md"), "not SQL");
		Path mariadb = Files.createDirectories(this.work.resolve("extra/mariadb/shop"));
		Files.writeString(mariadb.resolve("shop.sql"), "SELECT 1;");
		Files.writeString(mariadb.resolve("own-database"), "shop\n");
		assertThat(extraSets(this.work.resolve("extra").toString())).containsExactly(
				new CorpusSet(DatabaseKind.POSTGRESQL, postgres, List.of("01_schema.sql", "02_data.sql"), Optional.empty()),
				new CorpusSet(DatabaseKind.MARIADB, mariadb, List.of("shop.sql"), Optional.of("shop")));
		assertThat(extraSets(null)).isEmpty();
	}

	@Test
	void extraFolderThatHoldsNoSetIsAnErrorNamingTheProperty() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> extraSets(this.work.resolve("missing").toString()))
			.withMessageContaining("retort.corpus.extra=");
		Files.createDirectories(this.work.resolve("empty"));
		assertThatIllegalArgumentException().isThrownBy(() -> extraSets(this.work.resolve("empty").toString()))
			.withMessageContaining("holds no postgresql/NAME or mariadb/NAME folder");
	}

	private static String id(int index) {
		return String.format("c%02d", index + 1);
	}

	/** Each file of the set becomes a revision: a header, then the file unchanged as its upgrade. */
	private Path writeRevisions(CorpusSet set) throws IOException {
		Path dir = Files.createDirectories(this.work.resolve("revisions"));
		for (int i = 0; i < set.files().size(); i++) {
			String file = set.files().get(i);
			String header = "-- revision: " + id(i) + "\n-- down_revision: " + ((i == 0) ? "" : id(i - 1))
					+ "\n-- message: " + file + "\n\n-- migrate:upgrade\n";
			byte[] content = Files.readAllBytes(set.folder().resolve(file));
			String slug = file.replaceAll("[^A-Za-z0-9]", "_");
			Files.writeString(dir.resolve(id(i) + "_" + slug + ".sql"), header + new String(content, StandardCharsets.UTF_8));
		}
		return dir;
	}

	private static List<String> versionRows(TestDatabase db) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery("SELECT version_num FROM retort_version")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static void runClient(TestDatabase db, Path file) throws IOException, InterruptedException {
		Endpoint endpoint = Endpoint.of(db);
		List<String> command = new ArrayList<>();
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			command.addAll(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", endpoint.host(), "-p",
					endpoint.port(), "-U", db.user(), "-d", endpoint.database(), "-f", file.toString()));
			run(command, db, null);
		}
		else {
			// Retort sends comments (routine bodies keep them) over a utf8mb4 connection: the client is
			// told the same, since its defaults strip comments and use utf8mb3
			command.addAll(List.of("mariadb", "--protocol=tcp", "-h", endpoint.host(), "-P", endpoint.port(), "-u",
					db.user(), "--comments", "--default-character-set=utf8mb4", endpoint.database()));
			run(command, db, file);
		}
	}

	private static String dumpAndDrop(TestDatabase db, CorpusSet set) throws Exception {
		Endpoint endpoint = Endpoint.of(db);
		String dump;
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			dump = run(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-h", endpoint.host(), "-p",
					endpoint.port(), "-U", db.user(), "--exclude-table=*.retort_version",
					"--exclude-table=*.retort_history", endpoint.database()), db, null);
		}
		else {
			String database = set.ownDatabase().orElse(endpoint.database());
			dump = run(List.of("mariadb-dump", "--protocol=tcp", "-h", endpoint.host(), "-P", endpoint.port(), "-u",
					db.user(), "--no-data", "--routines", "--triggers", "--skip-comments", "--skip-dump-date",
					"--ignore-table=" + database + ".retort_version", "--ignore-table=" + database + ".retort_history",
					database), db, null);
			if (set.ownDatabase().isPresent()) {
				try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
					statement.execute("DROP DATABASE `" + set.ownDatabase().get() + "`");
				}
			}
		}
		return normalize(dump);
	}

	/** Only what legitimately differs between two dumps of the same schema: pg_dump's header lines. */
	private static String normalize(String dump) {
		StringBuilder kept = new StringBuilder();
		for (String line : dump.split("\n", -1)) {
			if (line.startsWith("-- Dumped from") || line.startsWith("-- Dumped by") || line.startsWith("\\restrict")
					|| line.startsWith("\\unrestrict")) {
				continue;
			}
			kept.append(line).append('\n');
		}
		return kept.toString();
	}

	private static String run(List<String> command, TestDatabase db, Path stdin) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		if (db.password() != null && !db.password().isEmpty()) {
			builder.environment().put("PGPASSWORD", db.password());
			builder.environment().put("MYSQL_PWD", db.password());
		}
		if (stdin != null) {
			builder.redirectInput(stdin.toFile());
		}
		Path out = Files.createTempFile("corpus", ".out");
		Path err = Files.createTempFile("corpus", ".err");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		try {
			Process process = builder.start();
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished in time", command.get(0)).isTrue();
			String error = Files.readString(err);
			assertThat(process.exitValue()).as("%s failed: %s", String.join(" ", command), error).isZero();
			return Files.readString(out);
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** Host, port and database of a test database's JDBC URL. */
	private record Endpoint(String host, String port, String database) {

		static Endpoint of(TestDatabase db) {
			URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
			String path = uri.getPath().substring(1);
			return new Endpoint(uri.getHost(), String.valueOf(uri.getPort()), path);
		}

	}

}
