package db.javarev.irreversible;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: reversible through its derived inverse. */
@Revision(id = "i1", message = "create things")
public class I1CreateThings implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("ir_things", Column.of("a", ColumnType.integer()), Column.of("b", ColumnType.integer()));
	}

}
