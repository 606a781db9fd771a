package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: unique name and email. */
@Revision(id = "op06", downRevision = "op05", message = "unique name and email")
public class Op06Unique implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createUniqueConstraint("uq_jr_users_name_email", "jr_users", "name", "email");
	}

}
