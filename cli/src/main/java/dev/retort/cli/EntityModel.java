package dev.retort.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.retort.core.autogenerate.ModelSource;

/** Reads the entity model, loading Hibernate only when a command needs it (see {@link ProjectHibernate}). */
final class EntityModel {

	/** Held so the level sticks: JUL keeps loggers only weakly. */
	private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

	private EntityModel() {
	}

	static ModelSource scan(List<Path> classpath, List<String> packages) {
		// the CLI prints its own lines; Hibernate's start-up INFO lines would drown them
		if (System.getProperty("org.jboss.logging.provider") == null) {
			System.setProperty("org.jboss.logging.provider", "jdk");
		}
		HIBERNATE.setLevel(Level.WARNING);
		return ProjectHibernate.scan(classpath, packages);
	}

}
