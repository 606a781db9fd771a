package db.javarev.every;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.ConstraintType;
import dev.retort.core.api.migration.DefaultValue;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;

/**
 * Test fixture: one revision calling every operation except {@code jdbc()} (which cannot render
 * offline), with a hand-written downgrade.
 */
@Revision(id = "every01", message = "every operation", createDate = "2026-01-01 00:00:00")
public class EveryOperation implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("ev_users", Column.of("id", ColumnType.bigint()).primaryKey().autoIncrement(),
				Column.of("name", ColumnType.string(100)).notNull().defaultValue("anon"),
				Column.of("active", ColumnType.bool()).notNull().defaultValue(true),
				Column.of("created_at", ColumnType.timestamp()).defaultExpression("CURRENT_TIMESTAMP"))
			.createTable("ev_orders", Column.of("id", ColumnType.bigint()).primaryKey().autoIncrement(),
					Column.of("user_id", ColumnType.bigint()).notNull(),
					Column.of("amount", ColumnType.decimal(10, 2)).notNull().defaultValue(0),
					Column.of("token", ColumnType.uuid()), Column.of("payload", ColumnType.json()),
					Column.of("note", ColumnType.text()), Column.of("receipt", ColumnType.binary()),
					Column.of("code", ColumnType.integer()))
			.addColumn("ev_users", Column.of("email", ColumnType.string(255)))
			.alterColumn("ev_users", "name", ColumnChange.type(ColumnType.string(200))
				.existingType(ColumnType.string(100))
				.existingNullable(false)
				.existingDefault(DefaultValue.of("anon")))
			.alterColumn("ev_users", "email", ColumnChange.nullable(false)
				.defaultValue("")
				.existingType(ColumnType.string(255))
				.existingNullable(true)
				.existingDefault(DefaultValue.none()))
			.alterColumn("ev_orders", "code", ColumnChange.rename("ref"))
			.createIndex(Index.named("ix_ev_users_email").on("ev_users", "email").unique())
			.createIndex("ix_ev_orders_user", "ev_orders", "user_id")
			.createForeignKey(ForeignKey.named("fk_ev_orders_user")
				.from("ev_orders", "user_id")
				.references("ev_users", "id")
				.onDelete(ForeignKey.Action.CASCADE))
			.createUniqueConstraint("uq_ev_users_name", "ev_users", "name")
			.createCheckConstraint("ck_ev_orders_amount", "ev_orders", "amount >= 0")
			.createTable("ev_tags", Column.of("code", ColumnType.string(20)).notNull())
			.addPrimaryKey("pk_ev_tags", "ev_tags", "code")
			.createSequence("ev_seq", 10, 2)
			.renameTable("ev_tags", "ev_labels")
			.bulkInsert("ev_users", List.of(row("name", "ada", "email", "ada@example.com"),
					row("name", "bob", "email", "bob@example.com", "active", true)))
			.execute("UPDATE ev_users SET active = FALSE WHERE name = 'bob'")
			.createIndex("ix_ev_users_active", "ev_users", "active")
			.dropIndex("ix_ev_users_active", "ev_users")
			.createCheckConstraint("ck_ev_users_name", "ev_users", "name <> ''")
			.dropConstraint("ck_ev_users_name", "ev_users", ConstraintType.CHECK)
			.createSequence("ev_tmp_seq")
			.dropSequence("ev_tmp_seq")
			.createTable("ev_tmp", Column.of("a", ColumnType.integer()))
			.addColumn("ev_tmp", Column.of("b", ColumnType.integer()))
			.dropColumn("ev_tmp", "b")
			.dropTable("ev_tmp");
	}

	/** A row with its columns in the order given (Map.of's order changes from run to run). */
	private static Map<String, Object> row(Object... namesAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

	@Override
	public void downgrade(Operations op) {
		op.dropConstraint("fk_ev_orders_user", "ev_orders", ConstraintType.FOREIGN_KEY)
			.dropTable("ev_orders")
			.dropTable("ev_users")
			.dropTable("ev_labels")
			.dropSequence("ev_seq");
	}

}
