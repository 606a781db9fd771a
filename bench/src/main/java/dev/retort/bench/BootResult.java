package dev.retort.bench;

/**
 * Workload C: a Spring Boot start with nothing pending, in a new JVM each time.
 *
 * @param variant {@code none} (no migration tool runs), {@code retort}, {@code flyway} or
 * {@code liquibase}
 * @param database the database
 * @param size the revisions already applied
 * @param readyMs median time from JVM start to {@code ApplicationReadyEvent}
 * @param contextMs median time Boot reports for starting the application
 * @since 0.1.0
 */
public record BootResult(String variant, Database database, int size, double readyMs, double contextMs) {

}
