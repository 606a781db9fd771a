package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a sequence. */
@Revision(id = "op09", downRevision = "op08", message = "a sequence")
public class Op09Sequence implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createSequence("jr_seq", 100, 5);
	}

}
