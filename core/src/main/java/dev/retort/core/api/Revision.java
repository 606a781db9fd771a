package dev.retort.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The graph metadata of a Java revision ({@link Migration}): the same keys as the
 * {@code -- key: value} header of an SQL revision file.
 *
 * <pre class="code">
 * &#64;Revision(id = "27c6a30d7c24", downRevision = { "ae1027a6acf0", "1975ea83b712" },
 *         message = "merge shop and billing")
 * public class MergeShopBilling implements Migration { ... }
 * </pre>
 *
 * <p>Not to be confused with {@link dev.retort.core.graph.RevisionHeader}, the graph's record of any
 * revision, SQL or Java.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

	/**
	 * The revision id: letters, digits and {@code _}.
	 * @return the id
	 */
	String id();

	/**
	 * The parent revisions; none for a base revision, several for a merge.
	 * @return the ids
	 */
	String[] downRevision() default {};

	/**
	 * Branch labels that name this revision's branch.
	 * @return the labels
	 */
	String[] branchLabels() default {};

	/**
	 * Revisions (or branch labels) that must be applied before this one without being its parents.
	 * @return the ids or labels
	 */
	String[] dependsOn() default {};

	/**
	 * What the revision does, as {@code history} shows it.
	 * @return the message
	 */
	String message() default "";

	/**
	 * When the revision was written, for example {@code 2026-01-01 00:00:00}.
	 * @return the date as text
	 */
	String createDate() default "";

	/**
	 * Whether the revision runs inside a transaction; set {@code false} for statements that cannot,
	 * such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
	 * @return {@code true} by default
	 */
	boolean transactional() default true;

}
