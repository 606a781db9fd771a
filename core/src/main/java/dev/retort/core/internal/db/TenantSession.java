package dev.retort.core.internal.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * A data source whose connections start in one tenant's schema (PostgreSQL {@code search_path},
 * MariaDB {@code USE}, H2 {@code SET SCHEMA}), so that unqualified names in revisions land in the
 * tenant. Closing a connection puts its session back as it was lent, before the pool (or the
 * driver) gets it back.
 *
 * @since 0.1.0
 */
public final class TenantSession implements DataSource {

	private final DataSource target;

	private final String schema;

	/**
	 * @param target where connections come from
	 * @param schema the tenant's schema (PostgreSQL, H2) or database (MariaDB), checked as a plain
	 * identifier
	 */
	public TenantSession(DataSource target, String schema) {
		this.target = target;
		this.schema = Identifiers.check(schema, "tenant schema (--tenant-schemas, migrate.tenants.schemas)");
	}

	/**
	 * The schemas (databases on MariaDB) that exist, for matching tenant names against: one query.
	 * @param dataSource the database
	 * @return the names as the database spells them
	 * @throws RetortException with {@code DATABASE_ERROR} when the query fails
	 */
	public static List<String> existingSchemas(DataSource dataSource) {
		List<String> names = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new RetortException(ErrorCode.DATABASE_ERROR, "Could not list the schemas of the database: "
					+ Failures.databaseMessage(ex) + ". Check the connection settings (migrate.url, --url).", ex);
		}
		return names;
	}

	/**
	 * The spelling of a tenant among the existing schemas: the same name, else the only one that
	 * differs in case alone (H2 folds unquoted names to upper case, PostgreSQL to lower case).
	 * @param tenant the tenant as configured
	 * @param existing the schemas that exist
	 * @return the schema's name, or empty when none matches
	 */
	public static Optional<String> match(String tenant, List<String> existing) {
		if (existing.contains(tenant)) {
			return Optional.of(tenant);
		}
		List<String> folded = existing.stream()
			.filter((name) -> name.toLowerCase(Locale.ROOT).equals(tenant.toLowerCase(Locale.ROOT)))
			.toList();
		return (folded.size() == 1) ? Optional.of(folded.get(0)) : Optional.empty();
	}

	/**
	 * The names in the first column of a query's rows, in the order the query returns them.
	 * @param dataSource the database
	 * @param sql the query
	 * @return the names; nulls, blanks and repeats left out
	 * @throws RetortException with {@code DATABASE_ERROR} when the query fails
	 */
	public static List<String> query(DataSource dataSource, String sql) {
		List<String> names = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				String name = rows.getString(1);
				if (name != null && !name.isBlank() && !names.contains(name.strip())) {
					names.add(name.strip());
				}
			}
		}
		catch (SQLException ex) {
			throw new RetortException(ErrorCode.DATABASE_ERROR, "The tenant schema query failed: "
					+ Failures.databaseMessage(ex) + ". Fix the query (--tenant-schema-query,"
					+ " migrate.tenants.schema-query): it must return one tenant schema name per row in its"
					+ " first column", ex);
		}
		return names;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return enter(this.target.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return enter(this.target.getConnection(username, password));
	}

	private Connection enter(Connection connection) throws SQLException {
		try {
			Dialect dialect = Dialect.of(connection);
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			SessionState lent = SessionState.capture(connection, dialect);
			switch (dialect) {
				case POSTGRESQL -> {
					// the tenant alone: a name missing in the tenant must not resolve to public's table
					try (PreparedStatement statement = connection
						.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
						statement.setString(1, dialect.quote(this.schema));
						statement.execute();
					}
				}
				case MARIADB -> {
					try (Statement statement = connection.createStatement()) {
						statement.execute("USE " + dialect.quote(this.schema));
					}
				}
				case H2 -> connection.setSchema(this.schema);
			}
			connection.setAutoCommit(autoCommit);
			return (Connection) Proxy.newProxyInstance(TenantSession.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Restoring(connection, lent));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Puts the session back on {@code close()}; everything else goes to the connection. */
	private static final class Restoring implements InvocationHandler {

		private final Connection connection;

		private final SessionState lent;

		private boolean closed;

		Restoring(Connection connection, SessionState lent) {
			this.connection = connection;
			this.lent = lent;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			if (method.getName().equals("close") && method.getParameterCount() == 0) {
				if (!this.closed) {
					this.closed = true;
					close();
				}
				return null;
			}
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

		private void close() throws SQLException {
			try {
				if (!this.connection.isClosed()) {
					boolean autoCommit = this.connection.getAutoCommit();
					this.lent.restore(this.connection);
					this.connection.setAutoCommit(autoCommit);
				}
			}
			finally {
				this.connection.close();
			}
		}

	}

	@Override
	public @Nullable PrintWriter getLogWriter() throws SQLException {
		return this.target.getLogWriter();
	}

	@Override
	public void setLogWriter(@Nullable PrintWriter out) throws SQLException {
		this.target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.target.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? type.cast(this) : this.target.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || this.target.isWrapperFor(type);
	}

	@Override
	public String toString() {
		return "TenantSession[" + this.schema + " of " + this.target + "]";
	}

}
