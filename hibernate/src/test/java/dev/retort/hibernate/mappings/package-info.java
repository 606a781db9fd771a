/**
 * One entity per mapping Hibernate turns into DDL, for the fidelity suite: Bean Validation,
 * naming, comments, checks, enums, indexes, unique constraints, join tables, element collections,
 * sequences, identity, column definitions and ON DELETE.
 */
@NullUnmarked
package dev.retort.hibernate.mappings;

import org.jspecify.annotations.NullUnmarked;
