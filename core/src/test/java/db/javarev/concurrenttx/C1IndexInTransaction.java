package db.javarev.concurrenttx;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnType;
import dev.retort.core.api.migration.Index;
import dev.retort.core.api.migration.Operations;

/** Test fixture: a concurrent index in a transactional revision, which PostgreSQL refuses. */
@Revision(id = "c1", message = "index concurrently in a transaction")
public class C1IndexInTransaction implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("cc_items", Column.of("sku", ColumnType.string(20)))
			.createIndex(Index.named("ix_cc_items_sku").on("cc_items", "sku").concurrently());
	}

}
