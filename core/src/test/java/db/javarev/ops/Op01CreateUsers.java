package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: create users. */
@Revision(id = "op01", message = "create users")
public class Op01CreateUsers implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("jr_users", Column.of("id", ColumnType.bigint()).primaryKey().autoIncrement(),
				Column.of("name", ColumnType.string(100)).notNull().defaultValue("anon"),
				Column.of("score", ColumnType.integer()));
	}

}
