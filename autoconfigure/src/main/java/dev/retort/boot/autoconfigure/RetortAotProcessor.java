package dev.retort.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import dev.retort.core.api.Retort;
import dev.retort.core.internal.migration.JavaRevisions;

/**
 * Runtime hints for a native image, computed at build time ({@code spring-boot:process-aot}) from
 * {@code migrate.locations}: every file under each {@code classpath:} location as a resource, and
 * each Java revision class found there with its public constructors and methods for reflection.
 * ({@code filesystem:} locations are read at run time and need no hints.)
 */
final class RetortAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanNamesForType(Retort.class, false, false).length == 0) {
			return null;
		}
		Environment environment = beanFactory.getBean(Environment.class);
		List<String> locations = Binder.get(environment)
			.bind("migrate.locations", Bindable.listOf(String.class))
			.orElseGet(() -> new MigrateProperties().getLocations());
		ClassLoader classLoader = (beanFactory.getBeanClassLoader() != null) ? beanFactory.getBeanClassLoader()
				: ClassUtils.getDefaultClassLoader();
		List<String> folders = new ArrayList<>();
		Set<Class<?>> revisions = new LinkedHashSet<>();
		for (String location : locations) {
			String trimmed = location.strip();
			if (trimmed.startsWith("classpath:")) {
				String folder = trimmed.substring("classpath:".length()).replaceAll("^/+|/+$", "");
				folders.add(folder);
				revisions.addAll(revisionClasses(folder, classLoader));
			}
		}
		return (generationContext, code) -> register(generationContext.getRuntimeHints(), folders, revisions);
	}

	static void register(RuntimeHints hints, List<String> folders, Set<Class<?>> revisions) {
		for (String folder : folders) {
			hints.resources().registerPattern(folder + "/*");
		}
		for (Class<?> revision : revisions) {
			hints.reflection().registerType(revision, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

	private static Set<Class<?>> revisionClasses(String folder, ClassLoader classLoader) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(classLoader)
				.getResources("classpath*:" + folder + "/*.class");
			for (Resource file : files) {
				String name = folder.replace('/', '.') + "." + file.getFilename().replace(".class", "");
				Class<?> type = ClassUtils.forName(name, classLoader);
				if (JavaRevisions.isCandidate(type)) {
					classes.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Cannot load a Java revision class under classpath:" + folder, ex);
		}
		return classes;
	}

}
