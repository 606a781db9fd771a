package dev.retort.cli;

import java.nio.file.Path;
import java.util.List;

import dev.retort.core.autogenerate.ModelSource;
import dev.retort.hibernate.HibernateModelSource;

/** Names Hibernate, so that it is loaded only when a command needs the entity model. */
final class EntityModel {

	private EntityModel() {
	}

	static ModelSource scan(List<Path> classpath, List<String> packages) {
		return HibernateModelSource.scan(classpath, packages);
	}

}
