package dev.retort.boot.dockercompose;

import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.lifecycle.DockerComposeServicesReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

import dev.retort.boot.AppliedRevisions;
import dev.retort.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.boot.autoconfigure.RetortConnectionDetails;
import dev.retort.core.api.Retort;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code postgres} or {@code mariadb} Docker Compose service is the database Retort migrates.
 *
 * <p>No Docker daemon runs in this build, so {@code docker compose up} is not run: the running
 * service is described by hand (image, host, port, environment, as {@code docker compose ps} and
 * {@code inspect} would report them) and points at a database on the local server. From there on
 * the code is Spring Boot's: the listener that turns ready services into connection details beans
 * (reached by reflection, it is package-private), Boot's PostgreSQL and MariaDB JDBC factories,
 * and the factories registered in {@code spring.factories}, among them Retort's.
 */
class DockerComposeServiceConnectionTests {

	private static final String OTHER_URL = "jdbc:h2:mem:compose-not-this-one;DB_CLOSE_DELAY=-1";

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void servicesReadyShouldMakeRetortMigrateTheServicesDatabase(TestDatabase db) throws Exception {
		RunningService service = service(db);
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
			.withPropertyValues("migrate.url=" + OTHER_URL)
			.withInitializer((context) -> servicesReady(context, service))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeansOfType(RetortConnectionDetails.class)).containsOnlyKeys("retortConnectionDetailsForDb");
				RetortConnectionDetails details = context.getBean(RetortConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo(db.jdbcUrl());
				assertThat(details.getUsername()).isEqualTo(db.user());
				assertThat(context.getBean(Retort.class).current()).containsExactly("ae1027a6acf0");
			});
		assertThat(AppliedRevisions.of(db.dataSource())).containsExactly("ae1027a6acf0");
	}

	/** What Boot's Docker Compose support publishes once {@code docker compose up} has the service running. */
	@SuppressWarnings("unchecked")
	private static void servicesReady(ApplicationContext context, RunningService service) {
		try {
			Constructor<DockerComposeServicesReadyEvent> event = DockerComposeServicesReadyEvent.class
				.getDeclaredConstructor(ApplicationContext.class, List.class);
			event.setAccessible(true);
			Constructor<?> listener = Class
				.forName("org.springframework.boot.docker.compose.service.connection."
						+ "DockerComposeServiceConnectionsApplicationListener")
				.getDeclaredConstructor();
			listener.setAccessible(true);
			((ApplicationListener<DockerComposeServicesReadyEvent>) listener.newInstance())
				.onApplicationEvent(event.newInstance(context, List.of(service)));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Spring Boot's Docker Compose support changed", ex);
		}
	}

	/** The service a compose file with {@code image: postgres} or {@code image: mariadb} gives. */
	private static RunningService service(TestDatabase db) {
		URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
		String database = uri.getPath().substring(1);
		boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
		Map<String, @Nullable String> env = postgres
				? Map.of("POSTGRES_USER", db.user(), "POSTGRES_DB", database, "POSTGRES_HOST_AUTH_METHOD", "trust")
				: Map.of("MARIADB_DATABASE", database, "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "yes",
						"MARIADB_ALLOW_EMPTY_PASSWORD", "yes");
		int containerPort = postgres ? 5432 : 3306;
		return new RunningService() {

			@Override
			public String name() {
				return "db";
			}

			@Override
			public ImageReference image() {
				return ImageReference.of(postgres ? "postgres:17" : "mariadb:11");
			}

			@Override
			public String host() {
				return uri.getHost();
			}

			@Override
			public ConnectionPorts ports() {
				return new ConnectionPorts() {

					@Override
					public int get(int port) {
						assertThat(port).isEqualTo(containerPort);
						return uri.getPort();
					}

					@Override
					public List<Integer> getAll() {
						return List.of(uri.getPort());
					}

					@Override
					public List<Integer> getAll(@Nullable String protocol) {
						return getAll();
					}

				};
			}

			@Override
			public Map<String, @Nullable String> env() {
				return env;
			}

			@Override
			public Map<String, String> labels() {
				return Map.of();
			}

		};
	}

}
