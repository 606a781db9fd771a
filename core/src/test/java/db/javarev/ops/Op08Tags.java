package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: tags with a primary key. */
@Revision(id = "op08", downRevision = "op07", message = "tags with a primary key")
public class Op08Tags implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("jr_tags", Column.of("code", ColumnType.string(20)).notNull(), Column.of("label", ColumnType.text()))
			.addPrimaryKey("pk_jr_tags", "jr_tags", "code");
	}

}
