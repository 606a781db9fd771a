package dev.retort.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * The layouts {@code init --template} creates, as Alembic's {@code generic} and {@code multidb}
 * templates: the folders and a commented {@code retort.properties}.
 */
enum ProjectTemplate {

	/** SQL revision files under {@code src/main/resources}. */
	GENERIC("Generic single-database configuration: SQL revision files and retort.properties.",
			InitCommand.DEFAULT_DIRECTORY),

	/** A package of Java revisions under {@code src/main/java}. */
	JAVA("Java revisions (classes implementing Migration) in a package, and retort.properties.",
			"src/main/java/db/revisions"),

	/** Two databases, each with its own folder and settings. */
	MULTIDB("Two databases in one project, each with its own revisions and settings; pick one with -n/--name.",
			"src/main/resources/db");

	/** The databases {@link #MULTIDB} sets up; each is a folder under DIR and a name for {@code -n}. */
	static final List<String> DATABASES = List.of("main", "reports");

	private final String description;

	private final String directory;

	ProjectTemplate(String description, String directory) {
		this.description = description;
		this.directory = directory;
	}

	static ProjectTemplate named(String name) {
		return Arrays.stream(values())
			.filter((template) -> template.templateName().equals(name))
			.findFirst()
			.orElseThrow(() -> new RetortException(ErrorCode.INVALID_ARGUMENT, "No such template '" + name
					+ "'; run 'retort list_templates' for the templates: " + String.join(", ",
							Arrays.stream(values()).map(ProjectTemplate::templateName).toList())));
	}

	String templateName() {
		return name().toLowerCase(Locale.ROOT);
	}

	String description() {
		return this.description;
	}

	/** The default DIR of {@code init}. */
	String directory() {
		return this.directory;
	}

	/** The folders to create under DIR. */
	List<Path> folders(Path target) {
		return (this == MULTIDB) ? DATABASES.stream().map(target::resolve).toList() : List.of(target);
	}

	/** The text of {@code retort.properties}, given the location of each folder. */
	String properties(List<String> locations) {
		String common = """
				# Retort settings for the command line. A Spring Boot app reads the same migrate.* keys
				# from application.properties; command line options and MIGRATE_* variables win over this file.
				""";
		return switch (this) {
			case GENERIC -> common + single(locations.get(0), "");
			case JAVA -> common + """

					# Java revisions: classes implementing dev.retort.core.api.Migration, annotated with @Revision,
					# in the package of this location (classpath:db/revisions is package db.revisions). SQL files
					# in src/main/resources/db/revisions belong to the same location.
					""" + single(locations.get(0), "");
			case MULTIDB -> common + """

					# Two databases (Alembic's multidb template). Pick one with -n/--name, as Alembic's --name picks
					# an ini section: 'retort -n reports upgrade heads'. migrate.databases.<name>.<key> wins over
					# migrate.<key>, so settings both share can stay unprefixed.
					""" + databases(locations);
		};
	}

	private static String single(String location, String prefix) {
		return """

				# Where revision files live (comma-separated; classpath: means src/main/resources).
				migrate.%1$slocations=%2$s

				# The database. Without migrate.url the CLI falls back to spring.datasource.url.
				#migrate.%1$surl=jdbc:postgresql://localhost:5432/app
				#migrate.%1$suser=app
				# Prefer the MIGRATE_PASSWORD environment variable to a password in a file.
				#migrate.%1$spassword=

				# Retort's own tables.
				#migrate.%1$sversion-table=retort_version
				#migrate.%1$shistory-table=retort_history
				#migrate.%1$sschema=

				# How long to wait when another process holds the migration lock.
				#migrate.%1$slock-timeout=60s

				# Alembic's default is one transaction for a whole upgrade (PostgreSQL); Retort's is one per revision.
				#migrate.%1$stransaction-per-migration=true

				# Values of ${name} in SQL revisions with the header '-- placeholders: true'.
				#migrate.%1$splaceholders.owner=app

				# A command run after 'revision' writes a file; {file} is its path.
				#migrate.%1$srevision.post-write-hook=git add {file}
				""".formatted(prefix, location);
	}

	private static String databases(List<String> locations) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < DATABASES.size(); i++) {
			String name = DATABASES.get(i);
			out.append("\n# ---- database '").append(name).append("' (retort -n ").append(name).append(" ...)\n");
			out.append("migrate.databases.").append(name).append(".locations=").append(locations.get(i)).append('\n');
			out.append("#migrate.databases.").append(name).append(".url=jdbc:postgresql://localhost:5432/").append(name)
				.append('\n');
			out.append("#migrate.databases.").append(name).append(".user=").append(name).append('\n');
		}
		return out.toString();
	}

}
