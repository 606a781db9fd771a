package dev.retort.core.api.migration;

import java.util.List;

import org.h2.jdbcx.JdbcDataSource;

import dev.retort.core.api.Retort;

/**
 * Runs inside {@link LazyLoadingTests}' recording class loader: what an application does at
 * startup (read the graph, upgrade to head, report the state), with every class it needs loaded
 * through that loader.
 */
public final class LazyProbe {

	private LazyProbe() {
	}

	public static List<String> run(String url, String location) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		Retort retort = Retort.configure()
			.dataSource(dataSource)
			.locations(location)
			.classLoader(LazyProbe.class.getClassLoader())
			.load();
		retort.graph();
		retort.upgrade("heads");
		retort.history();
		retort.status();
		return retort.current();
	}

}
