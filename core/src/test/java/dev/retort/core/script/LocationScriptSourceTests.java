package dev.retort.core.script;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocationScriptSourceTests {

	private static final ClassLoader CLASS_LOADER = LocationScriptSourceTests.class.getClassLoader();

	@TempDir
	Path temp;

	@Test
	void parseLocationsSplitsAndTrims() {
		assertThat(LocationScriptSource.parseLocations(" classpath:db/revisions, filesystem:/x ,, db/extra ,"))
			.containsExactly("classpath:db/revisions", "filesystem:/x", "db/extra");
		assertThat(LocationScriptSource.parseLocations("  ")).isEmpty();
	}

	@Test
	void noLocationsIsAConfigurationError() {
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> LocationScriptSource.of(List.of(), CLASS_LOADER))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
			.withMessageContaining("migrate.locations / --locations");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource.of(List.of("classpath:/"), CLASS_LOADER))
			.withMessageStartingWith("Location 'classpath:/' names no folder");
	}

	@Test
	void classpathFolderIsScannedWithSubfolders() {
		List<Script> scripts = LocationScriptSource.of(List.of("classpath:/fixtures/script/revisions/"), CLASS_LOADER).load();
		assertThat(scripts).extracting((script) -> script.revision().source()).containsExactly(
				"classpath:fixtures/script/revisions/1975ea83b712_create_users.sql",
				"classpath:fixtures/script/revisions/later/ae1027a6acf0_add_email.sql");
		assertThat(scripts.get(1).revision().downRevisions()).containsExactly("1975ea83b712");
		assertThat(scripts.get(1).downgrade()).isEmpty();
	}

	@Test
	void classpathFolderInAJarIsScanned() throws IOException {
		Path jar = jar("app.jar", "jarred/revisions/", "jarred/revisions/1975ea83b712_create_users.sql",
				"jarred/revisions/sub/", "jarred/revisions/sub/ae1027a6acf0_add_email.sql", "jarred/other.sql");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			List<Script> scripts = LocationScriptSource.of(List.of("classpath:jarred/revisions"), loader).load();
			assertThat(scripts).extracting(Script::id).containsExactly("1975ea83b712", "ae1027a6acf0");
			assertThat(scripts).extracting((script) -> script.revision().source()).containsExactly(
					"classpath:jarred/revisions/1975ea83b712_create_users.sql",
					"classpath:jarred/revisions/sub/ae1027a6acf0_add_email.sql");
		}
		Files.delete(jar); // proves the jar was closed again
	}

	@Test
	void classpathFolderSpreadOverAJarAndADirectoryIsMerged() throws IOException {
		Path jar = jar("lib.jar", "jarred/revisions/", "jarred/revisions/1975ea83b712_create_users.sql");
		Path classes = Files.createDirectories(this.temp.resolve("classes/jarred/revisions"));
		Files.writeString(classes.resolve("ae1027a6acf0_add_email.sql"), revision("ae1027a6acf0", "1975ea83b712"));
		URL[] urls = { jar.toUri().toURL(), this.temp.resolve("classes").toUri().toURL() };
		try (URLClassLoader loader = new URLClassLoader(urls, null)) {
			assertThat(LocationScriptSource.of(List.of("classpath:jarred/revisions"), loader).load()).extracting(Script::id)
				.containsExactlyInAnyOrder("1975ea83b712", "ae1027a6acf0");
		}
	}

	@Test
	void sameFileInTwoClasspathRootsIsReported() throws IOException {
		Path jar = jar("lib.jar", "jarred/revisions/", "jarred/revisions/1975ea83b712_create_users.sql");
		Path classes = Files.createDirectories(this.temp.resolve("classes/jarred/revisions"));
		Files.writeString(classes.resolve("1975ea83b712_create_users.sql"), revision("1975ea83b712", ""));
		URL[] urls = { jar.toUri().toURL(), this.temp.resolve("classes").toUri().toURL() };
		try (URLClassLoader loader = new URLClassLoader(urls, null)) {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> LocationScriptSource.of(List.of("classpath:jarred/revisions"), loader).load())
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE_REVISION))
				.withMessageStartingWith("classpath:jarred/revisions/1975ea83b712_create_users.sql is on the classpath twice");
		}
	}

	@Test
	void missingClasspathLocationNamesTheFix() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource.of(List.of("classpath:no/such/folder"), CLASS_LOADER).load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LOCATION_NOT_FOUND))
			.withMessage("Location 'classpath:no/such/folder' does not exist: no folder 'no/such/folder' on the classpath; "
					+ "create it (for example src/main/resources/no/such/folder) or set migrate.locations / --locations");
	}

	@Test
	void classpathLocationThatIsAFileIsAnError() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource
				.of(List.of("classpath:fixtures/script/revisions/README.txt"), CLASS_LOADER).load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LOCATION_NOT_FOUND))
			.withMessageStartingWith("Location 'classpath:fixtures/script/revisions/README.txt' is not a folder");
	}

	@Test
	void filesystemFolderIsScannedWithSubfoldersSkippingOtherFiles() throws IOException {
		write("1975ea83b712_create_users.sql", revision("1975ea83b712", ""));
		write("deep/er/ae1027a6acf0_add_email.sql", revision("ae1027a6acf0", "1975ea83b712"));
		write("notes.txt", "not sql");
		write(".#ae1027a6acf0_add_email.sql", "editor lock file");
		List<Script> scripts = LocationScriptSource.of(List.of("filesystem:" + this.temp), CLASS_LOADER).load();
		assertThat(scripts).extracting((script) -> script.revision().source()).containsExactly(
				this.temp + "/1975ea83b712_create_users.sql", this.temp + "/deep/er/ae1027a6acf0_add_email.sql");
	}

	@Test
	void locationWithoutPrefixIsARelativeOrAbsolutePath() throws IOException {
		write("1975ea83b712_create_users.sql", revision("1975ea83b712", ""));
		Path relative = Path.of("").toAbsolutePath().relativize(this.temp);
		List<Script> scripts = LocationScriptSource.of(List.of(relative.toString()), CLASS_LOADER).load();
		assertThat(scripts).singleElement()
			.satisfies((script) -> assertThat(script.revision().source())
				.isEqualTo(relative + "/1975ea83b712_create_users.sql"));
	}

	@Test
	void missingFilesystemLocationNamesTheFix() {
		Path missing = this.temp.resolve("nope");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource.of(List.of("filesystem:" + missing), CLASS_LOADER).load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LOCATION_NOT_FOUND))
			.withMessage("Location 'filesystem:" + missing + "' does not exist (" + missing
					+ "); create it or set migrate.locations / --locations");
	}

	@Test
	void duplicateIdsAcrossLocationsNameBothFiles() throws IOException {
		write("a/1975ea83b712_create_users.sql", revision("1975ea83b712", ""));
		write("b/1975ea83b712_copy.sql", revision("1975ea83b712", ""));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource
				.of(List.of(this.temp.resolve("a").toString(), this.temp.resolve("b").toString()), CLASS_LOADER).load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.DUPLICATE_REVISION))
			.withMessage("Revision 1975ea83b712 is present more than once: in " + this.temp
					+ "/a/1975ea83b712_create_users.sql and in " + this.temp + "/b/1975ea83b712_copy.sql; give one of "
					+ "them a new id (and file name) or delete the copy");
	}

	@Test
	void manyFilesLoadInParallelAndTheFirstBadFileIsReported() throws IOException {
		for (int i = 0; i < 300; i++) {
			String id = String.format("r%04d", i);
			write(id + "_step.sql", revision(id, (i == 0) ? "" : String.format("r%04d", i - 1)));
		}
		List<Script> scripts = LocationScriptSource.of(List.of(this.temp.toString()), CLASS_LOADER).load();
		assertThat(scripts).hasSize(300);
		assertThat(scripts.get(299).revision().downRevisions()).containsExactly("r0298");
		write("r0100_step.sql", "-- revision: r0100\n");
		write("r0200_step.sql", "-- revision: r0200\n");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> LocationScriptSource.of(List.of(this.temp.toString()), CLASS_LOADER).load())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageStartingWith(this.temp + "/r0100_step.sql line 1: no '-- migrate:upgrade' line")
			.withMessageEndingWith(" (and 1 more file with errors)");
	}

	private static String revision(String id, String downRevision) {
		return "-- revision: " + id + "\n-- down_revision: " + downRevision + "\n\n-- migrate:upgrade\nSELECT 1;\n";
	}

	private void write(String relative, String content) throws IOException {
		Path file = this.temp.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	/** A jar holding the given entries; names ending in / are folders, .sql files get a revision named after them. */
	private Path jar(String name, String... entries) throws IOException {
		Path jar = this.temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
			for (String entry : entries) {
				jarOut.putNextEntry(new JarEntry(entry));
				if (!entry.endsWith("/")) {
					String file = entry.substring(entry.lastIndexOf('/') + 1);
					String id = file.substring(0, file.indexOf('_') > 0 ? file.indexOf('_') : file.indexOf('.'));
					String down = id.equals("ae1027a6acf0") ? "1975ea83b712" : "";
					jarOut.write(revision(id, down).getBytes(StandardCharsets.UTF_8));
				}
				jarOut.closeEntry();
			}
		}
		return jar;
	}

}
