package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.ConstraintType;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;

/** Test fixture: drop everything droppable. */
@Revision(id = "op15", downRevision = "op14", message = "drop everything droppable")
public class Op15Drops implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.dropConstraint("ck_jr_orders_amount", "jr_orders", ConstraintType.CHECK)
			.dropConstraint("uq_jr_users_name_email", "jr_users", ConstraintType.UNIQUE)
			.dropConstraint("fk_jr_orders_user", "jr_orders", ConstraintType.FOREIGN_KEY)
			.dropIndex("ix_jr_users_email", "jr_users")
			.dropSequence("jr_seq")
			.dropConstraint("pk_jr_tags", "jr_labels", ConstraintType.PRIMARY_KEY)
			.dropColumn("jr_orders", "receipt")
			.dropTable("jr_labels");
	}

	@Override
	public void downgrade(Operations op) {
		op.createTable("jr_labels", Column.of("code", ColumnType.string(20)).notNull(), Column.of("label", ColumnType.text()))
			.addPrimaryKey("pk_jr_tags", "jr_labels", "code")
			.addColumn("jr_orders", Column.of("receipt", ColumnType.binary()))
			.createSequence("jr_seq", 100, 5)
			.createIndex(Index.named("ix_jr_users_email").on("jr_users", "email").unique())
			.createForeignKey(ForeignKey.named("fk_jr_orders_user").from("jr_orders", "user_id")
				.references("jr_users", "id")
				.onDelete(ForeignKey.Action.CASCADE))
			.createUniqueConstraint("uq_jr_users_name_email", "jr_users", "name", "email")
			.createCheckConstraint("ck_jr_orders_amount", "jr_orders", "amount >= 0");
	}

}
