package dev.retort.hibernate;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import dev.retort.test.TestDatabase;

/**
 * Lets Hibernate create the schema of some entities itself, as {@code ddl-auto=create} would: the
 * reference a database inspected by autogenerate must match without differences.
 */
final class HibernateSchema {

	private HibernateSchema() {
	}

	static void create(TestDatabase db, List<Class<?>> classes) {
		StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.jdbcUrl())
			.applySetting(AvailableSettings.JAKARTA_JDBC_USER, db.user())
			.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password())
			.applySetting(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create")
			// a Boot app has an EL implementation for messages; none is needed to shape DDL
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_FACTORY, Validation.byDefaultProvider().configure()
				.messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory());
		HibernateModelSource.BOOT_NAMING.forEach(builder::applySetting);
		StandardServiceRegistry registry = builder.applySettings(Map.of()).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			classes.forEach(sources::addAnnotatedClass);
			sources.buildMetadata().buildSessionFactory().close();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
