package db.javarev.mixed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: operations mixed with jdbc() code that reads what the SQL revision inserted. */
@Revision(id = "d4", downRevision = "c3", message = "remember the account count")
public class D4CountAccounts implements Migration {

	@Override
	public void upgrade(Operations op) throws SQLException {
		op.createTable("mx_stats", Column.of("accounts", ColumnType.integer()).notNull());
		int count;
		try (Statement statement = op.jdbc().createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM mx_accounts")) {
			rows.next();
			count = rows.getInt(1);
		}
		op.execute("INSERT INTO mx_stats (accounts) VALUES (" + count + ")");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("mx_stats");
	}

	@Override
	public String checksum() {
		return "2";
	}

}
