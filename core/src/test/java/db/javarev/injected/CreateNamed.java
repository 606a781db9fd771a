package db.javarev.injected;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** No no-argument constructor: only a MigrationFactory can create it. */
@Revision(id = "f1f1f1f1f1f1", message = "create a named table")
public class CreateNamed implements Migration {

	private final String table;

	public CreateNamed(String table) {
		this.table = table;
	}

	@Override
	public void upgrade(Operations op) {
		op.createTable(this.table, Column.of("id", ColumnType.integer()).primaryKey());
	}

}
