package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.DefaultValue;
import dev.retort.core.api.migration.Operations;

/** Test fixture: email required. */
@Revision(id = "op13", downRevision = "op12", message = "email required")
public class Op13EmailRequired implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.alterColumn("jr_users", "email", ColumnChange.nullable(false)
			.defaultValue("none@example.com")
			.existingNullable(true)
			.existingDefault(DefaultValue.none()));
	}

}
