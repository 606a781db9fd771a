package db.javarev.xargs;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: names its table after the {@code -x table=...} argument. */
@Revision(id = "x01", message = "table named by -x")
public class X01Seed implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("CREATE TABLE " + op.xArguments().getOrDefault("table", "x_default") + " (id INT)");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DROP TABLE " + op.xArguments().getOrDefault("table", "x_default"));
	}

}
