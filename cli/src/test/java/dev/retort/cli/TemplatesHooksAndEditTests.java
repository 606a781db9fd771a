package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code list_templates}, {@code init --template}, {@code -n/--name}, {@code revision.sql.template},
 * {@code migrate.revision.post-write-hook} and {@code edit} (issue 22, items 3 to 5).
 */
class TemplatesHooksAndEditTests {

	@TempDir
	Path project;

	private CliRun run(String... args) {
		return CliRun.inProcess(this.project, args);
	}

	private Path revisions() {
		return this.project.resolve("src/main/resources/db/revisions");
	}

	private Path only(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).findFirst().orElseThrow();
		}
	}

	@Test
	void listTemplatesNamesEveryTemplate() {
		CliRun run = run("list_templates");
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo("""
				Available templates:

				generic - Generic single-database configuration: SQL revision files and retort.properties.
				java - Java revisions (classes implementing Migration) in a package, and retort.properties.
				multidb - Two databases in one project, each with its own revisions and settings; pick one with -n/--name.

				Templates are used via the 'init' command, e.g.:

				  retort init --template generic src/main/resources/db/revisions
				""");
	}

	@Test
	void initJavaCreatesThePackageFolderAndItsLocation() throws IOException {
		assertThat(run("init", "--template", "java").status()).isZero();
		assertThat(this.project.resolve("src/main/java/db/revisions")).isEmptyDirectory();
		assertThat(this.project.resolve("retort.properties")).content()
			.contains("migrate.locations=classpath:db/revisions")
			.contains("# Java revisions: classes implementing dev.retort.core.api.Migration");
	}

	@Test
	void initWithAnUnknownTemplateSaysWhichExist() {
		CliRun run = run("init", "--template", "pylons");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).isEqualTo("FAILED: No such template 'pylons'; run 'retort list_templates' for the"
				+ " templates: generic, java, multidb\n");
	}

	@Test
	void multidbKeepsTwoDatabasesApartAndNamePicksOne() throws IOException {
		assertThat(run("init", "-t", "multidb").status()).isZero();
		Path properties = this.project.resolve("retort.properties");
		assertThat(properties).content()
			.contains("migrate.databases.main.locations=classpath:db/main")
			.contains("migrate.databases.reports.locations=classpath:db/reports");
		for (String name : new String[] { "main", "reports" }) {
			Files.writeString(properties, Files.readString(properties).replace("#migrate.databases." + name
					+ ".url=jdbc:postgresql://localhost:5432/" + name, "migrate.databases." + name + ".url=jdbc:h2:"
					+ this.project.resolve(name).toAbsolutePath()));
		}
		assertThat(run("-n", "reports", "revision", "-m", "report table", "--rev-id", "rrrr").status()).isZero();
		assertThat(run("--name", "main", "revision", "-m", "main table", "--rev-id", "mmmm").status()).isZero();
		assertThat(only(this.project.resolve("src/main/resources/db/reports")).getFileName().toString())
			.isEqualTo("rrrr_report_table.sql");
		assertThat(only(this.project.resolve("src/main/resources/db/main")).getFileName().toString())
			.isEqualTo("mmmm_main_table.sql");
		assertThat(run("-n", "reports", "upgrade", "heads").status()).isZero();
		assertThat(run("-n", "reports", "current").out()).isEqualTo("rrrr (head)\n");
		assertThat(run("-n", "main", "current").out()).isEmpty();
		assertThat(run("-n", "nope", "current").err())
			.isEqualTo("FAILED: No database named 'nope' (-n/--name) in the configuration; it names main, reports\n");
		assertThat(run("current").err()).contains("the configuration names databases main, reports")
			.contains("pick one with -n/--name");
	}

	@Test
	void aUserTemplateInTheFirstLocationShapesNewRevisions() throws IOException {
		Files.createDirectories(revisions());
		Files.writeString(revisions().resolve("revision.sql.template"), """
				-- revision: ${revision}
				-- down_revision: ${down_revision}
				-- message: ${message}
				-- create_date: ${create_date}
				-- Team note: reviewed by the DBA team; $${literal} stays

				-- migrate:upgrade
				SET lock_timeout = '5s';
				${upgrades}

				-- migrate:downgrade
				${downgrades}
				""");
		assertThat(run("revision", "-m", "first", "--rev-id", "aaaa").status()).isZero();
		assertThat(run("revision", "-m", "second", "--rev-id", "bbbb").status()).isZero();
		String second = Files.readString(revisions().resolve("bbbb_second.sql"));
		assertThat(second).startsWith("-- revision: bbbb\n-- down_revision: aaaa\n-- message: second\n-- create_date: 20")
			.contains("-- Team note: reviewed by the DBA team; ${literal} stays\n")
			.contains("-- migrate:upgrade\nSET lock_timeout = '5s';\n\n\n-- migrate:downgrade\n");
		assertThat(run("history").out()).isEqualTo("aaaa -> bbbb (head), second\n<base> -> aaaa, first\n");
	}

	@Test
	void aTemplateWithAnUnknownVariableOrNoUpgradeSectionIsRefusedAndNothingIsWritten() throws IOException {
		Files.createDirectories(revisions());
		Files.writeString(revisions().resolve("revision.sql.template"),
				"-- revision: ${revision}\n-- message: ${mesage}\n\n-- migrate:upgrade\n");
		CliRun unknown = run("revision", "-m", "x", "--rev-id", "aaaa");
		assertThat(unknown.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(unknown.err()).contains("revision.sql.template line 2: unknown variable '${mesage}'; a revision"
				+ " template knows ${revision}, ${down_revision}, ${branch_labels}, ${depends_on}, ${message},"
				+ " ${create_date}, ${upgrades}, ${downgrades}");
		Files.writeString(revisions().resolve("revision.sql.template"), "-- revision: ${revision}\n");
		CliRun broken = run("revision", "-m", "x", "--rev-id", "aaaa");
		assertThat(broken.err()).contains("renders a file that is not a valid revision")
			.contains("no '-- migrate:upgrade' line");
		try (Stream<Path> files = Files.list(revisions())) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("revision.sql.template");
		}
	}

	@Test
	void thePostWriteHookRunsWithTheFileAndAFailingHookKeepsTheFile() throws IOException {
		Files.createDirectories(revisions());
		Files.writeString(this.project.resolve("retort.properties"),
				"migrate.revision.post-write-hook=sh -c \"echo {file} > hooked.txt\"\n");
		CliRun run = run("revision", "-m", "hooked", "--rev-id", "aaaa");
		assertThat(run.status()).as(run.err()).isZero();
		Path file = revisions().resolve("aaaa_hooked.sql");
		assertThat(this.project.resolve("hooked.txt")).content().isEqualTo(file + "\n");
		assertThat(run.out()).contains("Running post write hook 'sh -c echo " + file + " > hooked.txt' ...");
		Files.writeString(this.project.resolve("retort.properties"),
				"migrate.revision.post-write-hook=sh -c \"echo formatter broke >&2; exit 3\"\n");
		CliRun failing = run("revision", "-m", "kept", "--rev-id", "bbbb");
		assertThat(failing.status()).isZero();
		assertThat(failing.err()).contains("WARNING: the post write hook (migrate.revision.post-write-hook) exited with"
				+ " status 3:\nformatter broke\nThe revision " + revisions().resolve("bbbb_kept.sql") + " was written and is"
				+ " kept");
		assertThat(revisions().resolve("bbbb_kept.sql")).exists();
	}

	@Test
	void editOpensTheRevisionFileInVisualElseEditor() throws IOException {
		Files.createDirectories(revisions());
		assertThat(run("revision", "-m", "to edit", "--rev-id", "aaaa").status()).isZero();
		Path script = this.project.resolve("editor.sh");
		Files.writeString(script, "echo \"$1 $2\" >> edited.txt\n");
		Map<String, String> both = Map.of("VISUAL", "sh " + script + " visual", "EDITOR", "sh " + script + " editor");
		assertThat(CliRun.inProcess(this.project, both, "edit", "aa").status()).isZero();
		assertThat(CliRun.inProcess(this.project, Map.of("EDITOR", "sh " + script + " editor"), "edit", "head").status())
			.isZero();
		Path file = revisions().resolve("aaaa_to_edit.sql");
		assertThat(this.project.resolve("edited.txt")).content()
			.isEqualTo("visual " + file + "\neditor " + file + "\n");
		assertThat(CliRun.inProcess(this.project, Map.of(), "edit", "aaaa").err())
			.isEqualTo("FAILED: No editor: set the VISUAL or EDITOR environment variable, for example EDITOR=vi\n");
		assertThat(CliRun.inProcess(this.project, Map.of("EDITOR", "sh " + script), "edit", "zzzz").err())
			.isEqualTo("FAILED: Can't locate revision identified by 'zzzz'\n");
	}

}
