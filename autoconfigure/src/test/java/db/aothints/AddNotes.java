package db.aothints;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

@Revision(id = "a0a0a0a0a0a0", message = "add notes")
public class AddNotes implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("CREATE TABLE notes (id INT)");
	}

}
