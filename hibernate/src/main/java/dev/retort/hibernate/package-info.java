/**
 * Autogenerate's model side: builds the schema that JPA entities declare from Hibernate's boot
 * metadata, without a database connection.
 */
@NullMarked
package dev.retort.hibernate;

import org.jspecify.annotations.NullMarked;
