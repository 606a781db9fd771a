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
 * runs Retort's command mode and prints {@code READY_MS} (JVM start to exit) as it exits.
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class BootApp {

	/**
	 * Start, report, exit.
	 * @param args Boot properties ({@code --key=value})
	 */
	public static void main(String[] args) {
		if (java.util.Arrays.asList(args).contains("migrate")) {
			// command mode exits once the command ran, without ever reaching ApplicationReadyEvent
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("READY_MS="
					+ (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " CONTEXT_MS=0")));
		}
		SpringApplication application = new SpringApplication(BootApp.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("READY_MS=" + sinceJvmStart + " CONTEXT_MS=" + event.getTimeTaken().toMillis());
		});
		application.run(args).close();
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
