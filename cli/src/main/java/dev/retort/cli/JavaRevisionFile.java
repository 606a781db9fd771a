package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.RevisionFileWriter;

/**
 * Where {@code revision --autogenerate --format java} writes its class: the package of the first
 * {@code classpath:} location under {@code src/main/java} ({@code classpath:db/revisions} →
 * {@code src/main/java/db/revisions}), named {@code Rev_<id>_<Message>}.
 */
final class JavaRevisionFile {

	private JavaRevisionFile() {
	}

	static Path path(GlobalOptions root, String id, String message) {
		String location = root.settings().locations().stream()
			.filter((candidate) -> candidate.startsWith("classpath:"))
			.findFirst()
			.orElseThrow(() -> new RetortException(ErrorCode.INVALID_ARGUMENT,
					"--format java needs a classpath: location (Java revisions are classes); add one to "
							+ "migrate.locations or use --format sql"));
		String folder = location.substring("classpath:".length()).replaceFirst("^/+", "").replaceFirst("/+$", "");
		return root.io.workingDirectory().resolve("src/main/java").resolve(folder).resolve(className(id, message) + ".java")
			.normalize();
	}

	static String className(String id, String message) {
		String camel = List.of(RevisionFileWriter.slug(message).split("_")).stream()
			.filter((word) -> !word.isEmpty())
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining());
		return "Rev_" + id + (camel.isEmpty() ? "" : "_" + camel);
	}

	static String source(Path file, RevisionHeader revision, SchemaDiff diff) {
		return diff.javaSource(packageOf(file), classNameOf(file), annotation(revision));
	}

	/** The class from a {@code revision.java.template}. */
	static String source(Path file, RevisionHeader revision, SchemaDiff diff, Path template, RevisionFileWriter writer)
			throws IOException {
		return writer.renderJava(template.toString(), Files.readString(template, StandardCharsets.UTF_8), revision,
				packageOf(file), classNameOf(file), annotation(revision), diff.javaUpgrade(), diff.javaDowngrade());
	}

	private static String packageOf(Path file) {
		Path folder = file.getParent();
		Path javaRoot = folder;
		while (javaRoot != null && !javaRoot.endsWith(Path.of("src", "main", "java"))) {
			javaRoot = javaRoot.getParent();
		}
		return (javaRoot == null) ? "" : javaRoot.relativize(folder).toString().replace('/', '.').replace('\\', '.');
	}

	private static String classNameOf(Path file) {
		return file.getFileName().toString().replaceFirst("\\.java$", "");
	}

	private static String annotation(RevisionHeader revision) {
		StringBuilder out = new StringBuilder("@Revision(id = ").append(quote(revision.id()));
		if (!revision.downRevisions().isEmpty()) {
			out.append(", downRevision = ").append(array(revision.downRevisions()));
		}
		if (!revision.branchLabels().isEmpty()) {
			out.append(", branchLabels = ").append(array(revision.branchLabels()));
		}
		if (!revision.dependsOn().isEmpty()) {
			out.append(", dependsOn = ").append(array(revision.dependsOn()));
		}
		out.append(", message = ").append(quote(revision.message())).append(')');
		return out.toString();
	}

	private static String array(List<String> values) {
		return (values.size() == 1) ? quote(values.get(0))
				: values.stream().map(JavaRevisionFile::quote).collect(Collectors.joining(", ", "{ ", " }"));
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
