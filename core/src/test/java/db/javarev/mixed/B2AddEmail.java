package db.javarev.mixed;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a Java revision between two SQL files, downgraded by its derived inverse. */
@Revision(id = "b2", downRevision = "a1", message = "add email", createDate = "2026-01-02 00:00:00")
public class B2AddEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("mx_accounts", Column.of("email", ColumnType.string(100)))
			.createIndex("ix_mx_accounts_email", "mx_accounts", "email");
	}

}
