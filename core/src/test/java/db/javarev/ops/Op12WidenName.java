package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: widen name. */
@Revision(id = "op12", downRevision = "op11", message = "widen name")
public class Op12WidenName implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.alterColumn("jr_users", "name",
				ColumnChange.type(ColumnType.string(200)).existingType(ColumnType.string(100)));
	}

}
