package dev.retort.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * N equivalent revisions written in each tool's format: revision k creates table
 * {@code bench_t<k>} and inserts one row into it. Retort gets one SQL revision file per revision
 * (a linear chain), Flyway one {@code V<k>__...sql} file per revision, Liquibase one formatted-SQL
 * changelog with N changesets, and the raw JDBC loop the same two statements.
 *
 * @param root the folder holding the three layouts
 * @param size the number of revisions
 * @since 0.1.0
 */
public record Corpus(Path root, int size) implements AutoCloseable {

	/**
	 * Write N revisions under a new temporary folder.
	 * @param size the number of revisions
	 * @return the corpus; close it to delete the files
	 */
	public static Corpus write(int size) {
		try {
			Corpus corpus = new Corpus(Files.createTempDirectory("retort-bench-" + size + "-"), size);
			Files.createDirectories(corpus.retortDir());
			Files.createDirectories(corpus.flywayDir());
			Files.createDirectories(corpus.liquibaseDir());
			try (BufferedWriter changelog = Files.newBufferedWriter(corpus.liquibaseDir().resolve("changelog.sql"),
					StandardCharsets.UTF_8)) {
				changelog.write("--liquibase formatted sql\n\n");
				for (int k = 1; k <= size; k++) {
					Files.writeString(corpus.retortDir().resolve(id(k) + "_create_bench_t" + k + ".sql"),
							retortFile(k), StandardCharsets.UTF_8);
					Files.writeString(corpus.flywayDir().resolve("V" + k + "__create_bench_t" + k + ".sql"),
							create(k) + ";\n" + insert(k) + ";\n", StandardCharsets.UTF_8);
					changelog.write("--changeset bench:" + k + "\n" + create(k) + ";\n" + insert(k) + ";\n"
							+ "--rollback DROP TABLE bench_t" + k + ";\n\n");
				}
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the Retort revision folder with its revision index ({@code retort index}), written
	 * on first call; the folder itself stays without one, so both can be measured in one run.
	 * @return the indexed folder
	 */
	public Path indexedDir() {
		Path indexed = this.root.resolve("retort-indexed");
		if (!Files.isDirectory(indexed)) {
			try {
				Files.createDirectories(indexed);
				try (java.util.stream.Stream<Path> files = Files.list(retortDir())) {
					for (Path file : (Iterable<Path>) files::iterator) {
						Files.copy(file, indexed.resolve(file.getFileName()));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			dev.retort.core.script.RevisionIndex.write(java.util.List.of("filesystem:" + indexed), this.root);
		}
		return indexed;
	}

	/** The classpath folder of the revision files in {@link #indexedJar()}. */
	public static final String JAR_FOLDER = "benchrev";

	/**
	 * A jar holding {@link #indexedDir()} (files and index) under {@value #JAR_FOLDER}/, as an
	 * application's jar ships its revisions: {@code classpath:benchrev}.
	 * @return the jar, written on first call
	 */
	public Path indexedJar() {
		Path jar = this.root.resolve("revisions.jar");
		if (!Files.exists(jar)) {
			Path folder = indexedDir();
			try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
					java.util.stream.Stream<Path> files = Files.list(folder)) {
				out.putNextEntry(new java.util.jar.JarEntry(JAR_FOLDER + "/"));
				out.closeEntry();
				for (Path file : (Iterable<Path>) files.sorted()::iterator) {
					out.putNextEntry(new java.util.jar.JarEntry(JAR_FOLDER + "/" + file.getFileName()));
					out.write(Files.readAllBytes(file));
					out.closeEntry();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return jar;
	}

	/**
	 * The Retort revision id of revision k: zero-padded, so ids sort as the chain runs.
	 * @param k the revision number, from 1
	 * @return the id
	 */
	public static String id(int k) {
		return String.format("r%06d", k);
	}

	/**
	 * @param k the revision number
	 * @return the revision's {@code CREATE TABLE}
	 */
	public static String create(int k) {
		return "CREATE TABLE bench_t" + k + " (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL,"
				+ " created_at TIMESTAMP)";
	}

	/**
	 * @param k the revision number
	 * @return the revision's row insert, which starts with {@link CountingDataSource#INSERT_MARK}
	 */
	public static String insert(int k) {
		return CountingDataSource.INSERT_MARK + k + " (id, name) VALUES (1, 'row of revision " + k + "')";
	}

	static String retortFile(int k) {
		return "-- revision: " + id(k) + "\n-- down_revision: " + ((k == 1) ? "" : id(k - 1))
				+ "\n-- message: create bench_t" + k + "\n\n-- migrate:upgrade\n" + create(k) + ";\n" + insert(k)
				+ ";\n\n-- migrate:downgrade\nDROP TABLE bench_t" + k + ";\n";
	}

	/**
	 * @return the folder of Retort revision files
	 */
	public Path retortDir() {
		return this.root.resolve("retort");
	}

	/**
	 * @return the folder of Flyway migrations
	 */
	public Path flywayDir() {
		return this.root.resolve("flyway");
	}

	/**
	 * @return the folder holding Liquibase's {@code changelog.sql}
	 */
	public Path liquibaseDir() {
		return this.root.resolve("liquibase");
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(this.root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
