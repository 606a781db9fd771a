package dev.retort.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layering rules the build enforces: the engine stays free of Spring, and the pure graph does no I/O.
 */
class ArchitectureTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.retort.core");

	@Test
	void coreClassesAreImported() {
		assertThat(CORE.stream().map((type) -> type.getPackageName()))
			.contains("dev.retort.core.api", "dev.retort.core.graph");
	}

	@Test
	void coreHasNoSpringDependency() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CORE);
	}

	@Test
	void graphDoesNoIo() {
		noClasses().that().resideInAPackage("dev.retort.core.graph..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio.file..",
					"javax.sql..", "dev.retort.core.script..", "dev.retort.core.internal.db..")
			.check(CORE);
	}

	@Test
	void scriptsDoNotTouchTheDatabaseLayer() {
		noClasses().that().resideInAnyPackage("dev.retort.core.script..", "dev.retort.core.internal.script..")
			.should().dependOnClassesThat().resideInAPackage("dev.retort.core.internal.db..")
			.check(CORE);
	}

	/** Liquibase loads lazily only if nothing outside its adapter names it (see LazyLoadingTests). */
	@Test
	void onlyTheLiquibaseAdapterUsesLiquibase() {
		noClasses().that().resideOutsideOfPackage("dev.retort.core.internal.liquibase..")
			.should().dependOnClassesThat().resideInAPackage("liquibase..")
			.check(CORE);
		noClasses().that().resideOutsideOfPackage("dev.retort.core.internal.liquibase..")
			.and().doNotHaveFullyQualifiedName("dev.retort.core.internal.migration.Renderers")
			.should().dependOnClassesThat().resideInAPackage("dev.retort.core.internal.liquibase..")
			.check(CORE);
	}

}
