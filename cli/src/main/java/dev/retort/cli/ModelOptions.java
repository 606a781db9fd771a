package dev.retort.cli;

import java.util.List;

import picocli.CommandLine.Option;

/** Where {@code revision --autogenerate} and {@code check} find the entities, and what they compare. */
final class ModelOptions {

	@Option(names = "--classpath", split = "[:;]", splitSynopsisLabel = ":",
			description = "The project's compiled classes (folders: scanned for entities) and its dependencies (jars: for loading only); default target/classes; or migrate.autogenerate.classpath.")
	List<String> classpath = List.of();

	@Option(names = "--entity-packages", split = ",",
			description = "Packages to scan for @Entity classes (default: those of @EntityScan, else of the @SpringBootApplication class, else all; or migrate.autogenerate.entity-packages).")
	List<String> entityPackages = List.of();

	@Option(names = "--compare-server-defaults",
			description = "Also report changed server defaults (or migrate.autogenerate.compare-server-defaults).")
	boolean compareServerDefaults;

}
