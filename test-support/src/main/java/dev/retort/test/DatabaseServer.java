package dev.retort.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * A server that can create throw-away databases: the local service when it answers, else a
 * Testcontainers container when Docker is reachable. Resolved once per kind and JVM.
 *
 * @param adminUrl a JDBC URL of a database the user may create databases from
 * @param user the user
 * @param password the password
 * @param unavailable why no server could be found, or {@code null} when one was
 */
record DatabaseServer(String adminUrl, String user, String password, @Nullable String unavailable) {

	private static final Map<DatabaseKind, DatabaseServer> servers = new EnumMap<>(DatabaseKind.class);

	static synchronized DatabaseServer of(DatabaseKind kind) {
		return servers.computeIfAbsent(kind, DatabaseServer::find);
	}

	private static DatabaseServer find(DatabaseKind kind) {
		return switch (kind) {
			case H2 -> new DatabaseServer("jdbc:h2:mem:", "sa", "", null);
			case POSTGRESQL -> find(kind, env("RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
					env("RETORT_PG_USER", "postgres"), env("RETORT_PG_PASSWORD", ""), "RETORT_PG_URL");
			case MARIADB -> find(kind, env("RETORT_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/"),
					env("RETORT_MARIADB_USER", "root"), env("RETORT_MARIADB_PASSWORD", ""), "RETORT_MARIADB_URL");
		};
	}

	private static DatabaseServer find(DatabaseKind kind, String url, String user, String password, String urlVariable) {
		String localFailure = probe(kind, url, user, password);
		if (localFailure == null) {
			return new DatabaseServer(url, user, password, null);
		}
		if (Containers.dockerAvailable()) {
			return Containers.start(kind);
		}
		return new DatabaseServer(url, user, password, kind + " is not reachable at " + url + " (" + localFailure
				+ ") and no Docker engine is available for Testcontainers; start the local service or set "
				+ urlVariable + " and its _USER/_PASSWORD variables");
	}

	/** Connects once with a short timeout; returns the failure, or {@code null} when it worked. */
	private static @Nullable String probe(DatabaseKind kind, String url, String user, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", (kind == DatabaseKind.POSTGRESQL) ? "3" : "3000");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			return connection.isValid(3) ? null : "connection not valid";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/** The URL of another database on the same server. */
	String urlFor(String database) {
		int hostStart = this.adminUrl.indexOf("//") + 2;
		int pathStart = this.adminUrl.indexOf('/', hostStart);
		int queryStart = this.adminUrl.indexOf('?', hostStart);
		String query = (queryStart < 0) ? "" : this.adminUrl.substring(queryStart);
		int hostEnd = (pathStart >= 0) ? pathStart : (queryStart >= 0) ? queryStart : this.adminUrl.length();
		return this.adminUrl.substring(0, hostEnd) + "/" + database + query;
	}

}
