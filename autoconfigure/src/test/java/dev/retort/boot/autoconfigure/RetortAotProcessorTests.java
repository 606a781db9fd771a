package dev.retort.boot.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.javapoet.ClassName;

import db.aothints.AddNotes;
import db.aothints.NotARevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetortAotProcessor}: the hints a native image needs, from {@code migrate.locations}.
 */
class RetortAotProcessorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void processShouldHintRevisionFilesAndJavaRevisionsOfEachClasspathLocation(@TempDir Path directory) {
		this.contextRunner
			.withPropertyValues("migrate.locations=classpath:db/aothints,classpath:db/revisions,filesystem:" + directory)
			.run((context) -> {
				RuntimeHints hints = hints(context.getBeanFactory());
				assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/1975ea83b712_create_users.sql"))
					.accepts(hints);
				assertThat(RuntimeHintsPredicates.resource().forResource("db/aothints/b1_more.sql")).accepts(hints);
				assertThat(RuntimeHintsPredicates.reflection()
					.onType(AddNotes.class)
					.withMemberCategories(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS))
					.accepts(hints);
				assertThat(RuntimeHintsPredicates.reflection().onType(NotARevision.class)).rejects(hints);
			});
	}

	@Test
	void processWithDefaultLocationShouldHintIt() {
		this.contextRunner.run((context) -> assertThat(
				RuntimeHintsPredicates.resource().forResource("db/revisions/ae1027a6acf0_add_email_to_users.sql"))
			.accepts(hints(context.getBeanFactory())));
	}

	@Test
	void processWithoutEngineShouldContributeNothing() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(new RetortAotProcessor().processAheadOfTime(context.getBeanFactory())).isNull());
	}

	private static RuntimeHints hints(ConfigurableListableBeanFactory beanFactory) {
		BeanFactoryInitializationAotContribution contribution = new RetortAotProcessor().processAheadOfTime(beanFactory);
		assertThat(contribution).isNotNull();
		GenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get("com.example", "App")), new InMemoryGeneratedFiles());
		contribution.applyTo(generationContext, null);
		return generationContext.getRuntimeHints();
	}

}
