/**
 * Autogenerate: compare a schema model (from JPA entities) with the live database and turn the
 * differences into a new revision, as Alembic's {@code revision --autogenerate} and {@code check}.
 */
@NullMarked
package dev.retort.core.autogenerate;

import org.jspecify.annotations.NullMarked;
