package dev.retort.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import dev.retort.cli.CliIo;
import dev.retort.cli.RetortCli;

/** Runs the CLI in this JVM: the same code as the jar, without a JVM start per run. */
final class InProcess {

	private InProcess() {
	}

	static RetortJar.Result run(Path project, Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliIo io = new CliIo(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), env, project);
		int status = RetortCli.execute(args, io);
		return new RetortJar.Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static RetortJar.Result run(Path project, String... args) {
		return run(project, Map.of(), args);
	}

}
