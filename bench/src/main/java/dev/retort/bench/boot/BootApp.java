package dev.retort.bench.boot;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * A JDBC application with every migration tool on its classpath; properties choose which one runs
 * (see {@code BootStartup}). Like any application that uses its database (JPA validates the schema
 * on startup), it runs one query before it is ready, so every variant pays for opening the pool and
 * the first connection and the comparison measures what the migration tool itself adds. Prints
 * {@code READY_MS=<ms since JVM start> CONTEXT_MS=<ms of the context refresh>} at
 * {@link ApplicationReadyEvent}, then exits. With {@code migrate <command>} among the arguments it
 * runs Retort's command mode and prints {@code READY_MS} (JVM start to exit) as it exits; with
 * {@value #FLOOR} it does what any such command must do at the least (see {@code CommandFloor}).
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class BootApp {

	/** The argument that runs {@code CommandFloor} instead of the application. */
	public static final String FLOOR = "--bootapp.command-floor=true";

	/**
	 * Start, report, exit.
	 * @param args Boot properties ({@code --key=value})
	 */
	public static void main(String[] args) {
		boolean floor = java.util.Arrays.asList(args).contains(FLOOR);
		if (java.util.Arrays.asList(args).contains("migrate") || floor) {
			// command mode exits once the command ran, without ever reaching ApplicationReadyEvent
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("READY_MS="
					+ (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " CONTEXT_MS=0"
					+ cost())));
		}
		SpringApplication application = new SpringApplication(BootApp.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("READY_MS=" + sinceJvmStart + " CONTEXT_MS=" + event.getTimeTaken().toMillis() + cost());
		});
		if (floor) {
			SpringApplication.withHook((app) -> new CommandFloor(), () -> application.run(args));
			return;
		}
		application.run(args).close();
	}

	/**
	 * The floor under any {@code migrate} command run inside this application: the JVM, Spring
	 * Boot's environment (config data, profiles, logging), one plain JDBC connection from
	 * {@code spring.datasource.*} and one query of the version table, then exit; no Retort code, no
	 * pool, no application context.
	 */
	private static final class CommandFloor implements org.springframework.boot.SpringApplicationRunListener {

		@Override
		public void environmentPrepared(org.springframework.boot.bootstrap.ConfigurableBootstrapContext bootstrapContext,
				org.springframework.core.env.ConfigurableEnvironment environment) {
			try (Connection connection = java.sql.DriverManager.getConnection(
					environment.getRequiredProperty("spring.datasource.url"),
					environment.getProperty("spring.datasource.username"),
					environment.getProperty("spring.datasource.password"));
					Statement statement = connection.createStatement();
					java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM \"retort_version\"")) {
				while (rows.next()) {
					System.out.println(rows.getString(1));
				}
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
			System.exit(0);
		}

	}

	/**
	 * The process's CPU time (all threads, user and system) and the classes loaded so far, as
	 * {@code  CPU_MS=<ms> MAIN_CPU_MS=<ms> CLASSES=<count>}: start-up cost that does not depend on how busy the
	 * machine is.
	 */
	private static String cost() {
		long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long main = threads.getThreadCpuTime(1) / 1_000_000;
		return " CPU_MS=" + cpu + " MAIN_CPU_MS=" + main + " CLASSES="
				+ ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
				+ (Boolean.getBoolean("bootapp.threads") ? threads() : "");
	}

	/** CPU ms per kind of thread (JIT compilers, GC, ...) from Linux's /proc, as {@code  T:<name>=<ms>}. */
	private static String threads() {
		java.util.Map<String, Long> byName = new java.util.TreeMap<>();
		java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
		for (java.io.File task : (tasks != null) ? tasks : new java.io.File[0]) {
			try {
				String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
					.replaceAll("[0-9#]+$", "").trim().replace(' ', '_');
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				byName.merge(name, ticks * 10, Long::sum);
			}
			catch (java.io.IOException | RuntimeException ex) {
				// a thread that ended meanwhile
			}
		}
		StringBuilder out = new StringBuilder();
		byName.forEach((name, ms) -> out.append(" T:").append(name).append('=').append(ms));
		return out.toString();
	}

	/**
	 * The floor under any migration tool's start-up check (with {@code --bootapp.start-floor=true}):
	 * read the version table through the application's DataSource while the context starts, as a
	 * tool's initializer would before anything else may use the database, and nothing more.
	 * @param dataSource the application's DataSource
	 * @return the bean that read it
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("bootapp.start-floor")
	org.springframework.beans.factory.InitializingBean startFloor(DataSource dataSource) {
		return () -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
					java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM \"retort_version\"")) {
				while (rows.next()) {
					rows.getString(1);
				}
			}
		};
	}

	/**
	 * The application's own first query.
	 * @param dataSource the application's DataSource
	 * @return a runner that queries once
	 */
	@Bean
	ApplicationRunner firstQuery(DataSource dataSource) {
		return (arguments) -> {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("SELECT 1");
			}
		};
	}

}
