package dev.retort.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A data source that counts SQL round trips: statement executions ({@code execute*}), metadata
 * queries that return a result set, commits and rollbacks. It also notes the time at which each
 * benchmark revision's {@code INSERT} runs, which gives every tool the same progress clock without
 * hooking into its listener API.
 *
 * @since 0.1.0
 */
public final class CountingDataSource implements DataSource {

	/** The prefix of each revision's row insert; see {@link Corpus}. */
	static final String INSERT_MARK = "INSERT INTO bench_t";

	private final DataSource delegate;

	private long statements;

	private long metadataQueries;

	private long commits;

	private long[] marks = new long[0];

	private int inserts;

	/**
	 * @param delegate the data source to count
	 */
	public CountingDataSource(DataSource delegate) {
		this.delegate = delegate;
	}

	/**
	 * Zero the counters and make room for the given number of progress marks.
	 * @param expectedInserts how many revision inserts may run
	 */
	public synchronized void reset(int expectedInserts) {
		this.statements = 0;
		this.metadataQueries = 0;
		this.commits = 0;
		this.inserts = 0;
		this.marks = new long[expectedInserts + 1];
	}

	/**
	 * @return statement executions plus metadata queries since the last reset
	 */
	public synchronized long roundTrips() {
		return this.statements + this.metadataQueries;
	}

	/**
	 * @return statement executions since the last reset
	 */
	public synchronized long statements() {
		return this.statements;
	}

	/**
	 * @return commits and rollbacks since the last reset
	 */
	public synchronized long commits() {
		return this.commits;
	}

	/**
	 * @return revision inserts seen since the last reset
	 */
	public synchronized int inserts() {
		return this.inserts;
	}

	/**
	 * @return {@code System.nanoTime()} at the k-th revision insert, at index k (index 0 unused)
	 */
	public synchronized long[] marks() {
		return Arrays.copyOf(this.marks, this.inserts + 1);
	}

	private synchronized void executed(@Nullable String sql) {
		this.statements++;
		if (sql != null && sql.stripLeading().startsWith(INSERT_MARK)) {
			this.inserts++;
			if (this.inserts < this.marks.length) {
				this.marks[this.inserts] = System.nanoTime();
			}
		}
	}

	private synchronized void metadataQuery() {
		this.metadataQueries++;
	}

	private synchronized void committed() {
		this.commits++;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return wrap(this.delegate.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return wrap(this.delegate.getConnection(username, password));
	}

	private Connection wrap(Connection connection) {
		return proxy(Connection.class, new ConnectionHandler(connection));
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
				handler);
	}

	private static Object call(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private final class ConnectionHandler implements InvocationHandler {

		private final Connection target;

		ConnectionHandler(Connection target) {
			this.target = target;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			String name = method.getName();
			if (name.equals("commit") || name.equals("rollback")) {
				committed();
			}
			Object result = call(this.target, method, args);
			if (result instanceof CallableStatement statement) {
				return proxy(CallableStatement.class, new StatementHandler(statement, (String) args[0]));
			}
			if (result instanceof PreparedStatement statement) {
				return proxy(PreparedStatement.class, new StatementHandler(statement, (String) args[0]));
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, new StatementHandler(statement, null));
			}
			if (result instanceof DatabaseMetaData metaData) {
				return proxy(DatabaseMetaData.class, new MetaDataHandler(metaData, proxy));
			}
			return result;
		}

	}

	private final class StatementHandler implements InvocationHandler {

		private final Statement target;

		private final @Nullable String preparedSql;

		StatementHandler(Statement target, @Nullable String preparedSql) {
			this.target = target;
			this.preparedSql = preparedSql;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			if (method.getName().startsWith("execute")) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text
						: this.preparedSql;
				executed(sql);
			}
			return call(this.target, method, args);
		}

	}

	private final class MetaDataHandler implements InvocationHandler {

		private final DatabaseMetaData target;

		private final Object connection;

		MetaDataHandler(DatabaseMetaData target, Object connection) {
			this.target = target;
			this.connection = connection;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			if (method.getName().equals("getConnection")) {
				return this.connection;
			}
			if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
				metadataQuery();
			}
			return call(this.target, method, args);
		}

	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.delegate.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.delegate.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.delegate.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.delegate.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.delegate.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return this.delegate.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return this.delegate.isWrapperFor(type);
	}

}
