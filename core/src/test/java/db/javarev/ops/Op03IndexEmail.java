package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;

/** Test fixture: index email. */
@Revision(id = "op03", downRevision = "op02", message = "index email")
public class Op03IndexEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndex(Index.named("ix_jr_users_email").on("jr_users", "email").unique());
	}

}
