package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.Operations;

/** Test fixture: rename score. */
@Revision(id = "op11", downRevision = "op10", message = "rename score")
public class Op11RenameColumn implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.alterColumn("jr_users", "score", ColumnChange.rename("points"));
	}

}
