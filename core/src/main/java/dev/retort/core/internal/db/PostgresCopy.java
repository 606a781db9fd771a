package dev.retort.core.internal.db;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

import dev.retort.core.internal.script.CopyFromStdin;

/**
 * Runs {@code COPY ... FROM stdin} with its inline data through the PostgreSQL driver's copy API
 * ({@code PGConnection.getCopyAPI().copyIn(sql, reader)}), as psql does; a plain statement
 * cannot carry the data. The driver is the application's: it is reached through
 * {@link Connection#unwrap} and reflection, so Retort does not depend on it.
 */
final class PostgresCopy {

	private static final String PG_CONNECTION = "org.postgresql.PGConnection";

	private PostgresCopy() {
	}

	/** Runs the copy in the connection's current transaction; returns the number of rows. */
	static long copyIn(Connection connection, CopyFromStdin copy) throws SQLException {
		Object driverConnection = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
				: connection;
		Class<?> pgConnection = pgConnectionType(driverConnection.getClass());
		if (pgConnection == null) {
			pgConnection = load(connection);
			if (pgConnection == null || !connection.isWrapperFor(pgConnection)) {
				throw new SQLException("COPY ... FROM stdin with inline data needs the PostgreSQL JDBC driver"
						+ " (org.postgresql), whose copy API sends the data; this connection is a "
						+ driverConnection.getClass().getName() + " and does not unwrap to " + PG_CONNECTION);
			}
			driverConnection = connection.unwrap(pgConnection);
		}
		try {
			Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(driverConnection);
			Method copyIn = copyApi.getClass().getMethod("copyIn", String.class, Reader.class);
			return (Long) copyIn.invoke(copyApi, copy.command(), new StringReader(copy.data()));
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new SQLException("COPY ... FROM stdin failed: " + ex.getCause(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new SQLException("The PostgreSQL driver's copy API (PGConnection.getCopyAPI().copyIn) is not usable: "
					+ ex, ex);
		}
	}

	/** The driver's interface, from the loader of the connection, of the thread or of Retort. */
	private static Class<?> load(Connection connection) {
		for (ClassLoader loader : new ClassLoader[] { connection.getClass().getClassLoader(),
				Thread.currentThread().getContextClassLoader(), PostgresCopy.class.getClassLoader() }) {
			try {
				return Class.forName(PG_CONNECTION, false, loader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// try the next loader
			}
		}
		return null;
	}

	private static Class<?> pgConnectionType(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Class<?> candidate : current.getInterfaces()) {
				Class<?> found = find(candidate);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Class<?> find(Class<?> type) {
		if (type.getName().equals(PG_CONNECTION)) {
			return type;
		}
		for (Class<?> parent : type.getInterfaces()) {
			Class<?> found = find(parent);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
