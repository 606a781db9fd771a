package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: rename tags. */
@Revision(id = "op10", downRevision = "op09", message = "rename tags")
public class Op10RenameTable implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.renameTable("jr_tags", "jr_labels");
	}

}
