package dev.retort.bench.boot;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * A JDBC application with every migration tool on its classpath; properties choose which one runs
 * (see {@code BootStartup}). Prints {@code READY_MS=<ms since JVM start> CONTEXT_MS=<ms of the
 * context refresh>} at {@link ApplicationReadyEvent}, then exits.
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
		SpringApplication application = new SpringApplication(BootApp.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("READY_MS=" + sinceJvmStart + " CONTEXT_MS=" + event.getTimeTaken().toMillis());
		});
		application.run(args).close();
	}

}
