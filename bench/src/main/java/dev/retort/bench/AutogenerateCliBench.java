package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Workload E through the command line, as a user runs it: 300 generated {@code @Entity} classes
 * ({@link EntitySources}) compiled with {@code javax.tools} against Hibernate and Jakarta
 * Persistence, then the {@code retort} launcher beside {@code retort.jar} (and, for comparison,
 * {@code java -jar retort.jar}) in a fresh JVM for each run, with
 * {@code --classpath} naming the compiled classes and the Hibernate jars, against a PostgreSQL
 * database that holds the 300-table schema. Each run maps the entities through Hibernate, inspects
 * the database and compares:
 * <ul>
 * <li>{@code check}: entities and database match (exit 0, nothing found);</li>
 * <li>{@code revision --autogenerate}: the entities gained 30 columns since (exit 0, one file);</li>
 * <li>{@code --version}: the JVM and the CLI alone, the floor of any run.</li>
 * </ul>
 * Wall time from process start to exit, and user plus system CPU time of the process
 * ({@code /usr/bin/time} where present). Target: a cold {@code check} or autogenerate under 3 s.
 *
 * @since 0.1.0
 */
public final class AutogenerateCliBench {

	private static final int ENTITIES = 300;

	private AutogenerateCliBench() {
	}

	/**
	 * Run and append the figures to {@code <out>/autogenerate-cli.txt}.
	 * @param args {@code out-dir retort.jar entity-lib-dir [repetitions]}
	 * @throws Exception when a step fails
	 */
	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		Path jar = Path.of(args[1]).toAbsolutePath();
		Path launcher = jar.resolveSibling("retort");
		if (!Files.isExecutable(launcher)) {
			throw new IllegalStateException("No executable launcher " + launcher + " beside the jar; build the cli module");
		}
		Path lib = Path.of(args[2]).toAbsolutePath();
		int repetitions = (args.length > 3) ? Integer.parseInt(args[3]) : 7;
		Files.createDirectories(out);
		Path work = Files.createTempDirectory("retort-bench-e");
		List<Path> jars;
		try (Stream<Path> files = Files.list(lib)) {
			jars = files.filter((file) -> file.toString().endsWith(".jar")).sorted().toList();
		}
		String dependencies = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
		Path created = compile(work.resolve("v0"), 0, dependencies);
		Path changed = compile(work.resolve("v1"), 1, dependencies);
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"E. autogenerate through the CLI: %d compiled @Entity classes mapped by Hibernate, a fresh JVM per run"
						+ " (the retort launcher; java -jar retort.jar for comparison), PostgreSQL; median and range of"
						+ " %d runs (target: check or autogenerate < 3000 ms)%n", ENTITIES, repetitions));
		report.append("load average before: ").append(load()).append('\n');
		try (FreshDatabase database = Database.POSTGRESQL.create("autogen_cli")) {
			Path project = work.resolve("project");
			Files.createDirectories(project.resolve("src/main/resources/db/revisions"));
			List<String> connection = List.of("--url", database.url(), "--user", database.user(), "--password",
					database.password());
			List<String> global = with(List.of("java", "-jar", jar.toString()), connection);
			List<String> script = with(List.of(launcher.toString()), connection);
			// the first revision from the empty database, applied: the live 300-table schema
			Run first = run(project, global, "revision", "--autogenerate", "-m", "create schema", "--classpath",
					created + File.pathSeparator + dependencies);
			run(project, global, "upgrade", "head").expect(0);
			first.expect(0);
			int tables = countTables(project, global);
			report.append(String.format(Locale.ROOT, "schema: %d tables created by the first autogenerate (%.0f ms from"
					+ " the empty database)%n", tables, first.wallMs()));
			String v0 = created + File.pathSeparator + dependencies;
			String v1 = changed + File.pathSeparator + dependencies;
			List<Run> version = new ArrayList<>();
			List<Run> check = new ArrayList<>();
			List<Run> autogenerate = new ArrayList<>();
			List<Run> jarVersion = new ArrayList<>();
			List<Run> jarCheck = new ArrayList<>();
			List<Run> jarAutogenerate = new ArrayList<>();
			for (int i = 0; i < repetitions; i++) {
				// interleaved, so that a busy moment of the machine spreads over all of them
				version.add(run(project, script, "--version").expect(0));
				check.add(run(project, script, "check", "--classpath", v0).expect(0));
				autogenerate.add(run(project, script, "revision", "--autogenerate", "-m", "add email", "--classpath", v1)
					.expect(0));
				removeRevision(project, "add_email");
				jarVersion.add(run(project, global, "--version").expect(0));
				jarCheck.add(run(project, global, "check", "--classpath", v0).expect(0));
				jarAutogenerate.add(run(project, global, "revision", "--autogenerate", "-m", "add email", "--classpath", v1)
					.expect(0));
				removeRevision(project, "add_email");
			}
			report.append("retort (the launcher: C1 only, serial GC)\n");
			report.append(line("--version", version));
			report.append(line("check (no changes)", check));
			report.append(line("revision --autogenerate (30 added columns)", autogenerate));
			report.append("java -jar retort.jar (JVM defaults)\n");
			report.append(line("--version", jarVersion));
			report.append(line("check (no changes)", jarCheck));
			report.append(line("revision --autogenerate (30 added columns)", jarAutogenerate));
		}
		report.append("load average after: ").append(load()).append('\n');
		System.out.print(report);
		Files.writeString(out.resolve("autogenerate-cli.txt"), report);
	}

	/** Generate and compile the model; the folder of its classes. */
	private static Path compile(Path folder, int variant, String classpath) throws IOException {
		Path sources = folder.resolve("src");
		Path classes = folder.resolve("classes");
		Files.createDirectories(classes);
		List<Path> files = EntitySources.write(sources, ENTITIES, variant);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-Xlint:-deprecation", "-cp", classpath,
				"-d", classes.toString()));
		files.forEach((file) -> arguments.add(file.toString()));
		int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("The generated entities did not compile (status " + status + ")");
		}
		return classes;
	}

	private static List<String> with(List<String> first, List<String> then) {
		List<String> all = new ArrayList<>(first);
		all.addAll(then);
		return all;
	}

	private static int countTables(Path project, List<String> global) throws IOException, InterruptedException {
		Run heads = run(project, global, "current").expect(0);
		try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/revisions"))) {
			Path revision = files.filter((file) -> file.toString().endsWith(".sql")).findFirst().orElseThrow();
			String text = Files.readString(revision);
			String upgrade = text.substring(0, text.indexOf("-- migrate:downgrade"));
			if (heads.stdout().isBlank()) {
				throw new IllegalStateException("no revision applied");
			}
			return (int) upgrade.lines().filter((line) -> line.startsWith("CREATE TABLE ")).count();
		}
	}

	private static void removeRevision(Path project, String slug) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/revisions"))) {
			List<Path> written = files.filter((file) -> file.getFileName().toString().contains(slug)).toList();
			if (written.size() != 1) {
				throw new IllegalStateException("expected one generated revision, found " + written);
			}
			Files.delete(written.get(0));
		}
	}

	private static String line(String label, List<Run> runs) {
		double[] wall = runs.stream().mapToDouble(Run::wallMs).sorted().toArray();
		double[] cpu = runs.stream().mapToDouble(Run::cpuMs).sorted().toArray();
		return String.format(Locale.ROOT, "  %-44s wall %5.0f ms (%5.0f-%5.0f)  cpu %5.0f ms (%5.0f-%5.0f)  runs %s%n",
				label, median(wall), wall[0], wall[wall.length - 1], median(cpu), cpu[0], cpu[cpu.length - 1],
				Arrays.toString(runs.stream().mapToLong((run) -> Math.round(run.wallMs())).toArray()));
	}

	private static double median(double[] sorted) {
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static Run run(Path directory, List<String> global, String... command)
			throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		Path times = Files.createTempFile("retort-bench-time", ".txt");
		boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
		if (timed) {
			line.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
		}
		line.addAll(global);
		line.addAll(List.of(command));
		Path stdout = Files.createTempFile("retort-bench-out", ".txt");
		Path stderr = Files.createTempFile("retort-bench-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		int status = process.waitFor();
		double wall = (System.nanoTime() - start) / 1e6;
		double cpu = Double.NaN;
		if (timed) {
			String[] parts = Files.readString(times).strip().split("\\s+");
			cpu = (Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1])) * 1000;
		}
		Run result = new Run(String.join(" ", command), status, wall, cpu, Files.readString(stdout),
				Files.readString(stderr));
		Files.deleteIfExists(times);
		Files.deleteIfExists(stdout);
		Files.deleteIfExists(stderr);
		return result;
	}

	private record Run(String command, int status, double wallMs, double cpuMs, String stdout, String stderr) {

		Run expect(int expected) {
			if (this.status != expected) {
				throw new IllegalStateException("'" + this.command + "' exited with " + this.status + ", not " + expected
						+ "\nstdout:\n" + this.stdout + "\nstderr:\n" + this.stderr);
			}
			return this;
		}

	}

}
