package dev.retort.core.api;

import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

/** A DataSource lending one connection whose close() does nothing: a pool's view of a connection. */
public final class SingleConnection {

	private final Connection connection;

	public SingleConnection(Connection connection) {
		this.connection = connection;
	}

	public DataSource dataSource() {
		Connection unclosable = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().equals("close")) {
						return null;
					}
					try {
						return method.invoke(this.connection, args);
					}
					catch (java.lang.reflect.InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						return unclosable;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
