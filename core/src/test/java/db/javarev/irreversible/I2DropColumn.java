package db.javarev.irreversible;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a drop without a downgrade, so the revision is irreversible. */
@Revision(id = "i2", downRevision = "i1", message = "drop b")
public class I2DropColumn implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("ir_more", Column.of("c", ColumnType.integer())).dropColumn("ir_things", "b");
	}

}
