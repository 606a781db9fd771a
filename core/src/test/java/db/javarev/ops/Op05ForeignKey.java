package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Operations;

/** Test fixture: orders reference users. */
@Revision(id = "op05", downRevision = "op04", message = "orders reference users")
public class Op05ForeignKey implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createForeignKey(ForeignKey.named("fk_jr_orders_user").from("jr_orders", "user_id")
			.references("jr_users", "id")
			.onDelete(ForeignKey.Action.CASCADE));
	}

}
