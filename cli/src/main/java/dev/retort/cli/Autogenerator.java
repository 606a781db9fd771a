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
		// the project's classes are found and loaded while the database's revision is read; a scan
		// failure is reported only for a database that is up to date, as before
		Background<ModelSource> scan = (host != null) ? null : scan(classpath(),
				list(this.model.entityPackages, "autogenerate.entity-packages"));
		if (!engine.status().upToDate()) {
			throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date.");
		}
		ModelSource source = (scan != null) ? scan.join() : host;
		return engine.compare(source, options());
	}

	private static Background<ModelSource> scan(List<Path> classpath, List<String> packages) {
		return Background.start("retort-entity-scan", () -> EntityModel.scan(classpath, packages));
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
