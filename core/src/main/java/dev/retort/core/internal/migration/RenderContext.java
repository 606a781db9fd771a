package dev.retort.core.internal.migration;

import java.sql.Connection;
import java.util.Optional;

import dev.retort.core.internal.db.Dialect;

/**
 * What rendering an operation may depend on.
 *
 * @param revision the revision, as messages name it: {@code Revision <id> (<class>)}
 * @param dialect the target database
 * @param connection the live connection; empty offline
 * @param transactional whether the revision runs in a transaction
 * @since 0.1.0
 */
public record RenderContext(String revision, Dialect dialect, Optional<Connection> connection, boolean transactional) {
}
