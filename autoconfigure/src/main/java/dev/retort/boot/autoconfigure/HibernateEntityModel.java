package dev.retort.boot.autoconfigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.ClassUtils;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.hibernate.HibernateModelSource;

/**
 * The entities Spring Boot's JPA support scanned, with the naming and Hibernate settings of
 * {@code spring.jpa.*}, so the model autogenerate compares is the one the application maps.
 */
final class HibernateEntityModel implements RetortEntityModel {

	private static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";

	private static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

	private final ObjectProvider<PersistenceManagedTypes> managedTypes;

	private final Environment environment;

	HibernateEntityModel(ObjectProvider<PersistenceManagedTypes> managedTypes, Environment environment) {
		this.managedTypes = managedTypes;
		this.environment = environment;
	}

	@Override
	public @Nullable ModelSource source() {
		PersistenceManagedTypes types = this.managedTypes.getIfAvailable();
		if (types == null) {
			return null;
		}
		ClassLoader loader = ClassUtils.getDefaultClassLoader();
		List<Class<?>> classes = new ArrayList<>();
		for (String name : types.getManagedClassNames()) {
			try {
				classes.add(ClassUtils.forName(name, loader));
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
						"Entity class " + name + " could not be loaded for autogenerate: " + ex.getMessage(), ex);
			}
		}
		return HibernateModelSource.of(classes, settings());
	}

	private Map<String, Object> settings() {
		Binder binder = Binder.get(this.environment);
		Map<String, Object> settings = new HashMap<>(HibernateModelSource.BOOT_NAMING);
		binder.bind("spring.jpa.hibernate.naming.physical-strategy", String.class)
			.ifBound((strategy) -> settings.put(PHYSICAL_NAMING, strategy));
		binder.bind("spring.jpa.hibernate.naming.implicit-strategy", String.class)
			.ifBound((strategy) -> settings.put(IMPLICIT_NAMING, strategy));
		binder.bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class)).ifBound(settings::putAll);
		return settings;
	}

}
