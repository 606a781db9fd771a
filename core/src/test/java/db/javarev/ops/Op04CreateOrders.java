package db.javarev.ops;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Operations;

/** Test fixture: create orders. */
@Revision(id = "op04", downRevision = "op03", message = "create orders")
public class Op04CreateOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("jr_orders", Column.of("id", ColumnType.bigint()).primaryKey().autoIncrement(),
				Column.of("user_id", ColumnType.bigint()).notNull(),
				Column.of("amount", ColumnType.decimal(10, 2)).notNull().defaultValue(0),
				Column.of("paid", ColumnType.bool()).notNull().defaultValue(false),
				Column.of("created_at", ColumnType.timestamp()).defaultExpression("CURRENT_TIMESTAMP"),
				Column.of("token", ColumnType.uuid()),
				Column.of("payload", ColumnType.json()),
				Column.of("receipt", ColumnType.binary()))
			.createIndex("ix_jr_orders_user", "jr_orders", "user_id");
	}

}
