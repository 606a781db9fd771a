package dev.retort.core.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** Wraps a DataSource and counts the statements executed through it: the engine's round trips. */
final class CountingDataSource {

	private final AtomicInteger executions = new AtomicInteger();

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
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

}
