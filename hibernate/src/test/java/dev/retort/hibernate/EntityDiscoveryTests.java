package dev.retort.hibernate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which classes are the application's entities when the CLI scans a project (issue 15): its own
 * compiled classes only, in the packages its {@code @SpringBootApplication} or {@code @EntityScan}
 * names; entities inside dependency jars (an auditing library's {@code revinfo}) are loaded when
 * needed but never mapped on their own.
 */
class EntityDiscoveryTests {

	@TempDir
	Path project;

	@Test
	void scansOnlyTheApplicationsPackageOfItsOwnClassesThoughBootIsNotOnTheClassPath() throws IOException {
		Path annotations = compile("annotations", List.<String[]>of(source("org.springframework.boot.autoconfigure",
				"@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
						+ " public @interface SpringBootApplication {}")));
		Path library = jar(compile("library", List.<String[]>of(entity("org.audit", "RevInfo"))));
		Path classes = compile("classes", List.<String[]>of(
				source("com.example.app", "@org.springframework.boot.autoconfigure.SpringBootApplication public class App {}"),
				entity("com.example.app.domain", "Customer"), entity("com.example.tools", "Scratch")),
				annotations);
		List<String> found = HibernateModelSource.scan(List.of(classes, library), List.of()).classes().stream()
			.map(Class::getName)
			.toList();
		assertThat(found).containsExactly("com.example.app.domain.Customer");
	}

	@Test
	void explicitPackagesWinAndJarsAreNeverScanned() throws IOException {
		Path library = jar(compile("library", List.<String[]>of(entity("org.audit", "RevInfo"))));
		Path classes = compile("classes", List.<String[]>of(entity("com.example.app", "Customer"), entity("com.example.tools", "Scratch")));
		assertThat(HibernateModelSource.scan(List.of(classes, library), List.of()).classes()).extracting(Class::getName)
			.containsExactlyInAnyOrder("com.example.app.Customer", "com.example.tools.Scratch");
		assertThat(HibernateModelSource.scan(List.of(classes, library), List.of("com.example.tools")).classes())
			.extracting(Class::getName).containsExactly("com.example.tools.Scratch");
	}

	private static String[] entity(String packageName, String name) {
		return source(packageName, "@jakarta.persistence.Entity public class " + name
				+ " { @jakarta.persistence.Id Long id; }");
	}

	private static String[] source(String packageName, String body) {
		String name = body.replaceAll(".*(class|@interface) (\\w+).*", "$2");
		return new String[] { packageName, name, "package " + packageName + ";\n" + body + "\n" };
	}

	private Path compile(String folder, List<String[]> sources, Path... classpath) throws IOException {
		Path src = Files.createDirectories(this.project.resolve("src-" + folder));
		Path out = Files.createDirectories(this.project.resolve(folder));
		List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
				System.getProperty("java.class.path") + Stream.of(classpath).map((p) -> java.io.File.pathSeparator + p)
					.reduce("", String::concat)));
		for (String[] source : sources) {
			Path file = Files.createDirectories(src.resolve(source[0].replace('.', '/'))).resolve(source[1] + ".java");
			Files.writeString(file, source[2]);
			args.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, args.toArray(String[]::new))).isZero();
		return out;
	}

	private static Path jar(Path classes) throws IOException {
		Path jar = classes.resolveSibling(classes.getFileName() + ".jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
				Stream<Path> files = Files.walk(classes)) {
			for (Path path : files.filter(Files::isRegularFile).toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
				out.write(Files.readAllBytes(path));
				out.closeEntry();
			}
		}
		return jar;
	}

}
