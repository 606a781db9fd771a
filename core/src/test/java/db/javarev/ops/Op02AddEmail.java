package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: add email. */
@Revision(id = "op02", downRevision = "op01", message = "add email")
public class Op02AddEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("jr_users", Column.of("email", ColumnType.string(255)));
	}

}
