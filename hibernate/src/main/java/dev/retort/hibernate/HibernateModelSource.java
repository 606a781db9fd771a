package dev.retort.hibernate;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaModel;

/**
 * The schema JPA entities declare, read from Hibernate's boot metadata for the connected
 * database's dialect. Hibernate never connects: only the mapping is built, no
 * {@code SessionFactory}.
 *
 * <pre class="code">
 * ModelSource model = HibernateModelSource.of(List.of(User.class, Order.class));
 * SchemaDiff diff = retort.compare(model, AutogenerateOptions.defaults());
 * </pre>
 *
 * <p>Names follow Spring Boot's defaults ({@code created_at} for {@code createdAt}, join tables
 * named after the owning table and attribute) so that the CLI sees the tables the application
 * creates; pass other Hibernate settings to change that. Immutable.
 *
 * @since 0.1.0
 */
public final class HibernateModelSource implements ModelSource {

	/** The naming settings Spring Boot applies by default. */
	public static final Map<String, Object> BOOT_NAMING = Map.of(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
			"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
			AvailableSettings.IMPLICIT_NAMING_STRATEGY, BootImplicitNamingStrategy.class.getName());

	private final List<Class<?>> classes;

	private final ClassLoader classLoader;

	private final Map<String, Object> settings;

	private HibernateModelSource(List<Class<?>> classes, ClassLoader classLoader, Map<String, Object> settings) {
		this.classes = List.copyOf(classes);
		this.classLoader = classLoader;
		this.settings = Map.copyOf(settings);
	}

	/**
	 * A model of the given entity (and embeddable and converter) classes, named as Spring Boot
	 * names them.
	 * @param classes the classes
	 * @return the source
	 */
	public static HibernateModelSource of(Collection<Class<?>> classes) {
		return of(classes, BOOT_NAMING);
	}

	/**
	 * A model of the given classes with Hibernate settings of your own.
	 * @param classes the classes
	 * @param settings Hibernate settings, for example naming strategies
	 * @return the source
	 */
	public static HibernateModelSource of(Collection<Class<?>> classes, Map<String, Object> settings) {
		Objects.requireNonNull(classes, "'classes' must not be null");
		ClassLoader loader = classes.isEmpty() ? HibernateModelSource.class.getClassLoader()
				: classes.iterator().next().getClassLoader();
		return new HibernateModelSource(List.copyOf(classes), loader, settings);
	}

	/**
	 * A model of the {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and
	 * {@code @Converter} classes found in compiled output, such as a project's {@code target/classes}.
	 * Only the folders of the class path are scanned; its jars (the dependencies) are for loading.
	 * Without packages, those of the application's {@code @EntityScan}, else of its
	 * {@code @SpringBootApplication} class, are scanned, as Spring Boot does.
	 * @param classpath the project's compiled output (folders) and its dependencies (jars)
	 * @param packages packages to scan, with their subpackages; empty for the application's own
	 * @return the source
	 */
	public static HibernateModelSource scan(List<Path> classpath, List<String> packages) {
		EntityScanner scanner = new EntityScanner(classpath, HibernateModelSource.class.getClassLoader());
		List<Class<?>> classes = scanner.scan(classpath, packages);
		if (classes.isEmpty()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "No @Entity classes found in " + classpath
					+ (packages.isEmpty() ? "" : " under " + packages)
					+ "; compile the project first (mvn compile) or pass --classpath and --entity-packages");
		}
		return new HibernateModelSource(classes, scanner.classLoader(), BOOT_NAMING);
	}

	/**
	 * The classes this model is built from.
	 * @return the classes
	 */
	public List<Class<?>> classes() {
		return this.classes;
	}

	@Override
	public SchemaModel load(DatabaseTarget target) {
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(this.classLoader)
			.build();
		Map<String, Object> settings = new LinkedHashMap<>(this.settings);
		settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		// Hibernate picks the dialect (and its version-specific types) from product name and version
		dialect(target.dialect());
		settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, target.productName());
		settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, String.valueOf(target.majorVersion()));
		settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, String.valueOf(target.minorVersion()));
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			this.classes.forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.buildMetadata();
			if (beanValidationPresent()) {
				BeanValidationDdl.apply(metadata, registry, this.classLoader);
			}
			// as Hibernate before it exports a schema: columns, primary keys and foreign keys in its order
			// (after Bean Validation: ordering reads, and keeps, each column's type and length)
			((MetadataImplementor) metadata).orderColumns(true);
			return new MetadataReader(metadata, target.dialect()).read();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	/** Whether the Bean Validation API is visible to Hibernate, without linking anything against it. */
	private static boolean beanValidationPresent() {
		try {
			Class.forName("jakarta.validation.Validation", false, Metadata.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private static String dialect(String name) {
		return switch (name) {
			case "h2" -> "org.hibernate.dialect.H2Dialect";
			case "postgresql" -> "org.hibernate.dialect.PostgreSQLDialect";
			case "mariadb" -> "org.hibernate.dialect.MariaDBDialect";
			default -> throw new RetortException(ErrorCode.INVALID_CONFIGURATION,
					"No Hibernate dialect for '" + name + "'; Retort supports h2, postgresql and mariadb");
		};
	}

}
