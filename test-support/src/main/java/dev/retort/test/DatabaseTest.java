package dev.retort.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once per database kind, each time with a fresh {@link TestDatabase}
 * parameter that is dropped afterwards.
 *
 * <pre>{@code
 * @DatabaseTest
 * void createsTable(TestDatabase db) throws SQLException { ... }
 *
 * @DatabaseTest(DatabaseKind.POSTGRESQL)
 * void usesAdvisoryLock(TestDatabase db) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {

	/**
	 * The kinds to run on.
	 * @return the kinds; all three by default
	 */
	DatabaseKind[] value() default { DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB };

}
