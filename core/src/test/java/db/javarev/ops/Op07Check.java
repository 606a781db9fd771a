package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: amount not negative. */
@Revision(id = "op07", downRevision = "op06", message = "amount not negative")
public class Op07Check implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createCheckConstraint("ck_jr_orders_amount", "jr_orders", "amount >= 0");
	}

}
