package dev.retort.hibernate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.PersistentClass;
import org.jspecify.annotations.Nullable;

/**
 * Applies Bean Validation constraints to the mapping as Hibernate does when it starts with a
 * validation provider present (validation mode {@code AUTO}, Spring Boot's default):
 * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} make columns {@code NOT NULL},
 * {@code @Size(max)} sets lengths, {@code @Min}/{@code @Max} add checks. Hibernate does this while
 * building a {@code SessionFactory}, which autogenerate never builds, so the same step of
 * Hibernate's ({@code TypeSafeActivator.applyRelationalConstraints}) is called here. Without a
 * provider on the class path nothing changes, as in Hibernate. Touch this class only after
 * {@link HibernateModelSource} found the Bean Validation API: it links against it.
 */
final class BeanValidationDdl {

	private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

	private BeanValidationDdl() {
	}

	static void apply(Metadata metadata, StandardServiceRegistry registry, ClassLoader entities) {
		Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
		if (String.valueOf(settings.getOrDefault("jakarta.persistence.validation.mode", "auto"))
			.toLowerCase(Locale.ROOT).equals("none")) {
			return;
		}
		ValidatorFactory factory = factory(entities);
		if (factory == null) {
			return;
		}
		try (factory) {
			Method method = Class.forName(ACTIVATOR, true, Metadata.class.getClassLoader())
				.getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
						org.hibernate.dialect.Dialect.class, org.hibernate.boot.spi.ClassLoaderAccess.class);
			method.setAccessible(true);
			Collection<PersistentClass> entityBindings = metadata.getEntityBindings();
			method.invoke(null, factory, entityBindings, settings, metadata.getDatabase().getDialect(),
					new ClassLoaderAccessImpl(entities, registry.requireService(ClassLoaderService.class)));
		}
		catch (ReflectiveOperationException ex) {
			Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
			throw new IllegalStateException("Could not apply Bean Validation constraints to the mapping: " + cause, cause);
		}
	}

	/** A factory from the entities' class path; {@code null} when it holds no provider. */
	private static @Nullable ValidatorFactory factory(ClassLoader entities) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(entities);
		try {
			// messages are never built here, so no expression language is needed to interpolate them
			MessageInterpolator plain = new MessageInterpolator() {

				@Override
				public String interpolate(String template, Context context) {
					return template;
				}

				@Override
				public String interpolate(String template, Context context, Locale locale) {
					return template;
				}

			};
			return Validation.byDefaultProvider().configure().messageInterpolator(plain).buildValidatorFactory();
		}
		catch (ValidationException ex) {
			return null;
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

}
