package db.revisions;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

@Revision(id = "5e1f0c2a9b7d", message = "create accounts")
public class CreateAccounts implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("accounts", Column.of("id", ColumnType.bigint()).primaryKey(),
				Column.of("name", ColumnType.string(100)).notNull())
			.addColumn("accounts", Column.of("email", ColumnType.string(200)))
			.createIndex("ix_accounts_email", "accounts", "email");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("accounts");
	}

}
