package db.javarev.trap;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/**
 * Test fixture: a type change that declares nothing about the column, so MariaDB's restatement
 * must read NOT NULL and the default from the database.
 */
@Revision(id = "t2", downRevision = "t1", message = "widen name")
public class T2WidenName implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.alterColumn("tr_people", "name", ColumnChange.type(ColumnType.string(120)));
	}

	@Override
	public void downgrade(Operations op) {
		op.alterColumn("tr_people", "name", ColumnChange.type(ColumnType.string(50)));
	}

}
