package db.beanrevisions;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** A Java revision with a collaborator injected through its constructor. */
@Revision(id = "b0b0b0b0b0b0", message = "create a table named by a bean")
public class CreateNamedTable implements Migration {

	private final TableName tableName;

	public CreateNamedTable(TableName tableName) {
		this.tableName = tableName;
	}

	@Override
	public void upgrade(Operations op) {
		op.createTable(this.tableName.value(), Column.of("id", ColumnType.integer()).primaryKey());
	}

}
