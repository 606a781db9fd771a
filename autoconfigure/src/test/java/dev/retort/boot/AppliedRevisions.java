package dev.retort.boot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Reads Retort's version table straight from a database, to tell which database a context
 * migrated (H2, PostgreSQL and MariaDB quote identifiers differently).
 */
public final class AppliedRevisions {

	private AppliedRevisions() {
	}

	/**
	 * @param dataSource the database
	 * @return the revisions in its version table, none when the table does not exist
	 * @throws SQLException when the database cannot be read
	 */
	public static List<String> of(DataSource dataSource) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
				boolean found = false;
				while (tables.next()) {
					found |= "retort_version".equals(tables.getString("TABLE_NAME"));
				}
				if (!found) {
					return versions;
				}
			}
			String quote = connection.getMetaData().getIdentifierQuoteString();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT version_num FROM " + quote + "retort_version" + quote)) {
				while (rows.next()) {
					versions.add(rows.getString(1));
				}
			}
		}
		return versions;
	}

}
