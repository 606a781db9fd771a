package dev.retort.core.script;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The revision index: what {@link RevisionIndex#write} writes, that a matching index replaces
 * reading the files, and that a changed folder makes the index stale.
 */
class RevisionIndexTests {

	private static final ClassLoader CLASS_LOADER = RevisionIndexTests.class.getClassLoader();

	@TempDir
	Path temp;

	private Path folder() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("revisions"));
		Files.writeString(folder.resolve("a1_base.sql"), """
				-- revision: a1
				-- branch_labels: shop
				-- message: create\tthings \\ here
				-- create_date: 2026-01-01 00:00:00

				-- migrate:upgrade
				CREATE TABLE a (id INT);
				INSERT INTO a VALUES (1);

				-- migrate:downgrade
				DROP TABLE a;
				""");
		Files.createDirectories(folder.resolve("sub"));
		Files.writeString(folder.resolve("sub/b2_next.sql"), """
				-- revision: b2
				-- down_revision: a1
				-- transactional: false

				-- migrate:upgrade
				CREATE TABLE b (id INT);
				""");
		Files.writeString(folder.resolve("c3_dep.sql"), """
				-- revision: c3
				-- down_revision: b2
				-- depends_on: a1
				-- placeholders: true

				-- migrate:upgrade
				CREATE TABLE ${name} (id INT);

				-- migrate:downgrade
				DROP TABLE ${name};
				""");
		Files.writeString(folder.resolve("README.txt"), "not a revision\n");
		return folder;
	}

	private static List<Script> load(String location) {
		return LocationScriptSource.of(List.of(location), CLASS_LOADER).load();
	}

	@Test
	void indexHoldsWhatTheFilesSay() throws IOException {
		Path folder = folder();
		String location = "filesystem:" + folder;
		List<Script> fromFiles = load(location);
		List<RevisionIndex.Written> written = RevisionIndex.write(List.of(location), this.temp.resolve("unused"));
		assertThat(written).singleElement().satisfies((w) -> {
			assertThat(w.file()).isEqualTo(folder.resolve(RevisionIndex.FILE_NAME));
			assertThat(w.revisions()).isEqualTo(3);
			assertThat(w.location()).isEqualTo(location);
		});
		String index = Files.readString(folder.resolve(RevisionIndex.FILE_NAME));
		assertThat(index).contains("retort-index\t1\t3\n").contains("\tREADME.txt\t")
			.contains("create\\tthings \\\\ here");
		List<Script> fromIndex = load(location);
		assertThat(fromIndex).extracting(Script::revision).containsExactlyElementsOf(fromFiles.stream().map(Script::revision).toList());
		assertThat(fromIndex).extracting(Script::checksum).containsExactlyElementsOf(fromFiles.stream().map(Script::checksum).toList());
		assertThat(fromIndex).extracting(Script::transactional).containsExactly(true, true, false);
		assertThat(fromIndex).extracting((script) -> script.downgrade().isPresent()).containsExactly(true, true, false);
		for (int i = 0; i < fromFiles.size(); i++) {
			SqlBody expected = (SqlBody) fromFiles.get(i).upgrade();
			SqlBody actual = (SqlBody) fromIndex.get(i).upgrade();
			assertThat(actual.statements()).isEqualTo(expected.statements());
			assertThat(actual.source()).isEqualTo(expected.source());
			assertThat(actual.statements(java.util.Map.of("name", "t"))).isEqualTo(expected.statements(java.util.Map.of("name", "t")));
		}
		assertThat(fromIndex.get(0).revision().message()).isEqualTo("create\tthings \\ here");
	}

	@Test
	void matchingIndexIsReadInsteadOfTheFilesAndAFileIsReadOnlyWhenUsed() throws IOException {
		Path folder = folder();
		String location = "filesystem:" + folder;
		RevisionIndex.write(List.of(location), this.temp);
		// same size, same modification time: the index still matches, so the header comes from it
		Path file = folder.resolve("a1_base.sql");
		FileTime modified = Files.getLastModifiedTime(file);
		String text = Files.readString(file);
		Files.writeString(file, text.replace("INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (2)"));
		Files.setLastModifiedTime(file, modified);
		Script script = load(location).get(0);
		assertThat(script.revision().message()).isEqualTo("create\tthings \\ here");
		assertThat(script.id()).isEqualTo("a1");
		// reading the statements reads the file, which no longer has the indexed checksum
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> ((SqlBody) script.upgrade()).statements())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining(folder + "/a1_base.sql changed after the revision index was written")
			.withMessageContaining("retort index");
		assertThatExceptionOfType(RetortException.class).isThrownBy(script::requireParsed);
	}

	@Test
	void changedFolderMakesTheIndexStale() throws IOException {
		Path folder = folder();
		String location = "filesystem:" + folder;
		RevisionIndex.write(List.of(location), this.temp);
		String indexed = load(location).get(0).checksum();
		// an edit that changes the size: the file is read and hashed again
		Path file = folder.resolve("a1_base.sql");
		Files.writeString(file, Files.readString(file).replace("INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (10)"));
		Script edited = load(location).get(0);
		assertThat(edited.checksum()).isNotEqualTo(indexed);
		assertThat(((SqlBody) edited.upgrade()).statements()).contains("INSERT INTO a VALUES (10)");
		// an edit that keeps the size but moves the modification time
		RevisionIndex.write(List.of(location), this.temp);
		String text = Files.readString(file);
		Files.writeString(file, text.replace("VALUES (10)", "VALUES (20)"));
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
		assertThat(((SqlBody) load(location).get(0).upgrade()).statements()).contains("INSERT INTO a VALUES (20)");
		// a new file, and a removed one
		RevisionIndex.write(List.of(location), this.temp);
		Files.writeString(folder.resolve("d4_new.sql"), "-- revision: d4\n-- down_revision: c3\n\n-- migrate:upgrade\nSELECT 1;\n");
		assertThat(load(location)).extracting(Script::id).contains("d4");
		RevisionIndex.write(List.of(location), this.temp);
		Files.delete(folder.resolve("d4_new.sql"));
		assertThat(load(location)).extracting(Script::id).containsExactly("a1", "c3", "b2");
		// a foreign or damaged index is ignored too
		Files.writeString(folder.resolve(RevisionIndex.FILE_NAME), "retort-index\t99\t1\n");
		assertThat(load(location)).extracting(Script::id).containsExactly("a1", "c3", "b2");
	}

	@Test
	void indexInAJarIsCheckedAgainstTheJarsCrcs() throws IOException {
		Path classes = this.temp.resolve("classes");
		Path folder = Files.createDirectories(classes.resolve("jarred/revisions"));
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
		}
		Files.createDirectories(folder.resolve("sub"));
		Files.copy(this.temp.resolve("revisions/sub/b2_next.sql"), folder.resolve("sub/b2_next.sql"));
		assertThat(RevisionIndex.write(List.of("classpath:jarred/revisions"), classes)).singleElement()
			.satisfies((w) -> assertThat(w.file()).isEqualTo(folder.resolve("retort.index")));
		// the index says something the file does not: proof that the index is what was read
		Path index = folder.resolve("retort.index");
		Files.writeString(index, Files.readString(index).replace("create\\tthings", "indexed\\tthings"));
		Path jar = jar(classes, "app.jar", null);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, CLASS_LOADER)) {
			List<Script> scripts = LocationScriptSource.of(List.of("classpath:jarred/revisions"), loader).load();
			assertThat(scripts).extracting(Script::id).containsExactly("a1", "c3", "b2");
			assertThat(scripts.get(0).revision().message()).startsWith("indexed\t");
			assertThat(scripts.get(0).revision().source()).isEqualTo("classpath:jarred/revisions/a1_base.sql");
			assertThat(((SqlBody) scripts.get(2).upgrade()).statements()).containsExactly("CREATE TABLE b (id INT)");
		}
		// the same index in a jar whose file differs (same size): the CRC-32 tells, the file is read
		Path edited = jar(classes, "edited.jar", "a1_base.sql");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { edited.toUri().toURL() }, CLASS_LOADER)) {
			List<Script> scripts = LocationScriptSource.of(List.of("classpath:jarred/revisions"), loader).load();
			assertThat(scripts.get(0).revision().message()).startsWith("create\t");
			assertThat(((SqlBody) scripts.get(0).upgrade()).statements()).contains("INSERT INTO a VALUES (7)");
		}
	}

	@Test
	void javaRevisionClassesAreIndexed() throws IOException {
		Path classes = this.temp.resolve("classes");
		Path folder = Files.createDirectories(classes.resolve("db/javarev/mixed"));
		Path compiled = Path.of(CLASS_LOADER.getResource("db/javarev/mixed").getPath());
		try (Stream<Path> files = Files.list(compiled)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		ClassLoader hidden = new HidingClassLoader(CLASS_LOADER);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, hidden)) {
			List<Script> fromFiles = LocationScriptSource.of(List.of("classpath:db/javarev/mixed"), loader).load();
			List<RevisionIndex.Written> written = RevisionIndex.write(List.of("classpath:db/javarev/mixed"), classes, loader);
			assertThat(written.get(0).revisions()).isEqualTo(fromFiles.size());
			assertThat(Files.readString(folder.resolve("retort.index"))).contains("\njava\t");
			List<Script> fromIndex = LocationScriptSource.of(List.of("classpath:db/javarev/mixed"), loader).load();
			assertThat(fromIndex).extracting(Script::revision)
				.containsExactlyInAnyOrderElementsOf(fromFiles.stream().map(Script::revision).toList());
			assertThat(fromIndex).extracting(Script::checksum)
				.containsExactlyInAnyOrderElementsOf(fromFiles.stream().map(Script::checksum).toList());
		}
	}

	@Test
	void writingChecksEveryFileAndWritesNothingOnError() throws IOException {
		Path folder = folder();
		Files.writeString(folder.resolve("e5_bad.sql"), "-- revision: e5\n-- down_revision: c3\n\n-- migrate:upgrade\nSELECT 'open;\n");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> RevisionIndex.write(List.of("filesystem:" + folder), this.temp))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageContaining("e5_bad.sql");
		Files.writeString(folder.resolve("e5_bad.sql"), "-- revision: a1\n\n-- migrate:upgrade\nSELECT 1;\n");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> RevisionIndex.write(List.of("filesystem:" + folder), this.temp))
			.withMessageContaining("e5_bad.sql");
		assertThat(folder.resolve(RevisionIndex.FILE_NAME)).doesNotExist();
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> RevisionIndex.write(List.of("classpath:db/none"), this.temp))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LOCATION_NOT_FOUND))
			.withMessageContaining("mvn process-classes");
	}

	/** Jars every file of {@code classes}, replacing one file's {@code VALUES (1)} by {@code VALUES (7)}. */
	private Path jar(Path classes, String name, String edit) throws IOException {
		Path jar = this.temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
				Stream<Path> paths = Files.walk(classes)) {
			for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
				if (path.equals(classes)) {
					continue;
				}
				String entry = classes.relativize(path).toString().replace('\\', '/');
				if (Files.isDirectory(path)) {
					jarOut.putNextEntry(new JarEntry(entry + "/"));
				}
				else {
					jarOut.putNextEntry(new JarEntry(entry));
					byte[] content = Files.readAllBytes(path);
					if (path.getFileName().toString().equals(edit)) {
						content = new String(content).replace("VALUES (1)", "VALUES (7)").getBytes();
					}
					jarOut.write(content);
				}
				jarOut.closeEntry();
			}
		}
		return jar;
	}

	/** Serves classes, but no resources of the Java revision fixtures: the copy is the only one. */
	private static final class HidingClassLoader extends ClassLoader {

		HidingClassLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		public URL getResource(String name) {
			return name.startsWith("db/javarev") ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return name.startsWith("db/javarev") ? Collections.emptyEnumeration() : super.getResources(name);
		}

	}

}
