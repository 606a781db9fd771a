package dev.retort.cli;

import java.nio.file.Path;
import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.AutogenerateOptions;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaDiff;

/**
 * The shared part of {@code revision --autogenerate} and {@code check}: the database must be at
 * its heads, then the entities are compared with it. This is the only CLI class that touches
 * Hibernate (through {@link EntityModel}), so other commands never load it.
 */
final class Autogenerator {

	private final GlobalOptions root;

	private final ModelOptions model;

	Autogenerator(GlobalOptions root, ModelOptions model) {
		this.root = root;
		this.model = model;
	}

	SchemaDiff diff(Retort engine) {
		ModelSource host = this.root.hostModel;
		if (host != null) {
			requireUpToDate(engine);
			return engine.compare(host, options());
		}
		// Hibernate's mapping is the longest part: the project's classes are found and mapped for the
		// database on threads of their own from the start, while the revision is read and the
		// database inspected. Failures are reported in the order of a sequential run: the database
		// not up to date, then the scan, then the rest.
		List<Path> classpath = classpath();
		List<String> packages = list(this.model.entityPackages, "autogenerate.entity-packages");
		Background<ModelSource> scan = Background.start("retort-entity-scan", () -> EntityModel.scan(classpath, packages));
		EarlyModel model = new EarlyModel(scan);
		Background.start("retort-model-early", () -> {
			model.build(engine);
			return null;
		});
		requireUpToDate(engine);
		scan.join();
		return engine.compare(model, options());
	}

	/** Alembic's rule: autogenerate compares only a database at its heads. */
	private static void requireUpToDate(Retort engine) {
		if (!engine.status().upToDate()) {
			throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date.");
		}
	}

	private AutogenerateOptions options() {
		SettingsResolver files = new SettingsResolver(this.root.io.env(), this.root.io.workingDirectory());
		boolean defaults = this.model.compareServerDefaults || files.fileValue(this.root, "autogenerate.compare-server-defaults")
			.map(Boolean::parseBoolean)
			.orElse(false);
		return AutogenerateOptions.defaults()
			.withExcludeTables(files.fileValue(this.root, "autogenerate.exclude-tables").map(SettingsResolver::split)
				.orElse(List.of()))
			.withCompareServerDefaults(defaults);
	}

	private List<Path> classpath() {
		List<String> entries = list(this.model.classpath, "autogenerate.classpath");
		if (entries.isEmpty()) {
			entries = List.of("target/classes");
		}
		return entries.stream().map((entry) -> this.root.io.workingDirectory().resolve(entry).normalize()).toList();
	}

	private List<String> list(List<String> option, String key) {
		if (!option.isEmpty()) {
			return option;
		}
		return new SettingsResolver(this.root.io.env(), this.root.io.workingDirectory()).fileValue(this.root, key)
			.map(SettingsResolver::split)
			.orElse(List.of());
	}

}
