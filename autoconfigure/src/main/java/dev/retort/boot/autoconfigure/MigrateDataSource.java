package dev.retort.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifier for the {@link javax.sql.DataSource} Retort migrates, when it is not the
 * application's main DataSource (for example one that connects as the schema owner). Mark the
 * bean with it, and with {@code @Primary} on the main one if both are of the same type:
 *
 * <pre>{@code
 * @Bean
 * @MigrateDataSource
 * DataSource migrateDataSource() { ... }
 * }</pre>
 *
 * {@code migrate.url} takes precedence over this bean.
 *
 * @since 0.1.0
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrateDataSource {

}
