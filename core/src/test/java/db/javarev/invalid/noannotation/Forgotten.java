package db.javarev.invalid.noannotation;

import dev.retort.core.api.Migration;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a Migration without {@code @Revision}. */
public class Forgotten implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("SELECT 1");
	}

}
