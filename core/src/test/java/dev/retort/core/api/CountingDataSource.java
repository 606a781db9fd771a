package dev.retort.core.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** Wraps a DataSource and counts the statements executed through it: the engine's round trips. */
final class CountingDataSource {

	private final AtomicInteger executions = new AtomicInteger();

	private final List<String> failures = new CopyOnWriteArrayList<>();

	private final DataSource dataSource;

	CountingDataSource(DataSource target) {
		this.dataSource = proxy(DataSource.class, target);
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	int executions() {
		return this.executions.get();
	}

	/** The database errors statements raised, caught by the engine or not. */
	List<String> failures() {
		return List.copyOf(this.failures);
	}

	void reset() {
		this.executions.set(0);
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute")) {
				this.executions.incrementAndGet();
			}
			try {
				Object result = method.invoke(target, args);
				if (method.getName().equals("unwrap")) {
					// as a pool does: unwrapping gives the driver's own object
					return result;
				}
				if (result instanceof PreparedStatement prepared) {
					return proxy(PreparedStatement.class, prepared);
				}
				if (result instanceof Statement statement) {
					return proxy(Statement.class, statement);
				}
				if (result instanceof Connection connection) {
					return proxy(Connection.class, connection);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof SQLException sql) {
					this.failures.add(sql.getMessage());
				}
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

}
