package dev.retort.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.test.DatabaseKind;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planted password, passed every way the CLI accepts one, never shows in what it prints: results,
 * progress, {@code FAILED:} lines and {@code --debug} stack traces, on success and on failure
 * (wrong host, wrong password, bad target, bad revision), in process and through the jar. Nor does
 * it reach the history table.
 */
class SecretsIT {

	static final String SECRET = "pl4nted-S3cret";

	@TempDir
	Path root;

	private int runs;

	private final List<String> leaks = new ArrayList<>();

	/** How the password reaches the CLI. */
	record Channel(String name, List<String> args, Map<String, String> env, Map<String, String> files) {

	}

	@Test
	void thePlantedPasswordNeverShows() throws Exception {
		try (TestDatabase pg = TestDatabase.create(DatabaseKind.POSTGRESQL);
				TestDatabase maria = TestDatabase.create(DatabaseKind.MARIADB)) {
			// PostgreSQL here trusts local connections, so commands succeed whatever the password;
			// MariaDB's root has none, so the same password is a wrong one there
			for (TestDatabase db : List.of(pg, maria)) {
				boolean succeeds = db == pg;
				for (Channel channel : channels(db.jdbcUrl(), db.user())) {
					Path project = this.root.resolve(db + "-" + channel.name());
					RevisionFiles.chain(project.resolve("revisions"), 2, (i) -> "CREATE TABLE t" + i + " (id INT);");
					for (Map.Entry<String, String> file : channel.files().entrySet()) {
						Files.createDirectories(project.resolve(file.getKey()).getParent());
						Files.writeString(project.resolve(file.getKey()), file.getValue());
					}
					List<List<String>> commands = List.of(List.of("upgrade", "heads"), List.of("upgrade", "heads", "--json"),
							List.of("current", "-v"), List.of("current", "--json"), List.of("history", "-v", "-i"),
							List.of("validate"), List.of("--debug", "upgrade", "nosuch"), List.of("--debug", "current", "-v"));
					for (List<String> command : commands) {
						RetortJar.Result result = InProcess.run(project, channel.env(), args(channel, command));
						check(db + " " + channel.name() + " " + command, result);
						// the PostgreSQL driver does not take credentials in the URL's user-info: that one fails
						if (succeeds && !command.contains("nosuch") && !channel.name().equals("url-userinfo")) {
							assertThat(result.status()).as(channel.name() + " " + command + ": " + result.err()).isZero();
						}
						if (!succeeds) {
							assertThat(result.status()).as(command.toString()).isEqualTo(1);
							assertThat(result.err()).contains("FAILED: ");
						}
					}
					// through the jar: one success (or wrong password) and one failure with stack traces
					check(db + " jar " + channel.name(), RetortJar.run(project, channel.env(),
							args(channel, List.of("current", "-v"))));
					check(db + " jar debug " + channel.name(), RetortJar.run(project, channel.env(),
							args(channel, List.of("--debug", "upgrade", "nosuch"))));
				}
			}
			// wrong host: the connection fails before any database answers
			for (Channel channel : channels("jdbc:postgresql://127.0.0.1:1/nowhere", "postgres")) {
				Path project = this.root.resolve("nohost-" + channel.name());
				RevisionFiles.chain(project.resolve("revisions"), 1, (i) -> "SELECT 1;");
				for (Map.Entry<String, String> file : channel.files().entrySet()) {
					Files.createDirectories(project.resolve(file.getKey()).getParent());
					Files.writeString(project.resolve(file.getKey()), file.getValue());
				}
				RetortJar.Result result = InProcess.run(project, channel.env(),
						args(channel, List.of("--debug", "upgrade", "heads")));
				assertThat(result.status()).isEqualTo(1);
				check("no host " + channel.name(), result);
				check("no host jar " + channel.name(), RetortJar.run(project, channel.env(),
						args(channel, List.of("--debug", "current", "-v"))));
			}
			try (Connection connection = pg.connection()) {
				assertThat(String.join("\n", DatabaseState.query(connection, "SELECT * FROM retort_history")))
					.doesNotContain(SECRET);
			}
		}
		Figures.record("SecretsIT", this.runs + " CLI runs (in process and jar; 7 ways to pass the password; success,"
				+ " wrong password, wrong host, bad target, --debug): " + this.leaks.size() + " leaks");
		assertThat(this.leaks).isEmpty();
	}

	private void check(String what, RetortJar.Result result) {
		this.runs++;
		if (result.all().contains(SECRET)) {
			this.leaks.add(what + ":\n" + result.all());
		}
	}

	private static String[] args(Channel channel, List<String> command) {
		List<String> args = new ArrayList<>(channel.args());
		args.addAll(List.of("--locations", "filesystem:revisions"));
		args.addAll(command);
		return args.toArray(String[]::new);
	}

	static List<Channel> channels(String url, String user) {
		String separator = url.contains("?") ? "&" : "?";
		String userInfo = url.replaceFirst("//", "//" + user + ":" + SECRET + "@");
		Map<String, String> none = Map.of();
		List<Channel> channels = new ArrayList<>();
		channels.add(new Channel("option", List.of("--url", url, "--user", user, "--password", SECRET), none, none));
		channels.add(new Channel("env", List.of("--url", url, "--user", user), Map.of("MIGRATE_PASSWORD", SECRET), none));
		channels.add(new Channel("env-url", List.of(), Map.of("MIGRATE_URL", url + separator + "password=" + SECRET,
				"MIGRATE_USER", user), none));
		channels.add(new Channel("url-parameter",
				List.of("--url", url + separator + "user=" + user + "&password=" + SECRET), none, none));
		channels.add(new Channel("url-userinfo", List.of("--url", userInfo, "--user", user), none, none));
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("src/main/resources/application.properties",
				"migrate.url=" + url + "\nmigrate.user=" + user + "\nmigrate.password=" + SECRET + "\n");
		channels.add(new Channel("application-properties", List.of(), none, properties));
		channels.add(new Channel("config-file", List.of("--config", "secret.yml"), none,
				Map.of("secret.yml", "migrate:\n  url: " + url + "\n  user: " + user + "\n  password: " + SECRET + "\n")));
		return channels;
	}

}
