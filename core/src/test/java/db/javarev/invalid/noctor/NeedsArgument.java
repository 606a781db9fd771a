package db.javarev.invalid.noctor;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a revision Retort cannot create. */
@Revision(id = "n1")
public class NeedsArgument implements Migration {

	private final String table;

	public NeedsArgument(String table) {
		this.table = table;
	}

	@Override
	public void upgrade(Operations op) {
		op.dropTable(this.table);
	}

}
