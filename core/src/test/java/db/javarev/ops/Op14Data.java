package db.javarev.ops;

import java.util.List;
import java.util.Map;

import dev.retort.core.api.Migration;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;

/** Test fixture: seed data. */
@Revision(id = "op14", downRevision = "op13", message = "seed data")
public class Op14Data implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.bulkInsert("jr_users", List.of(Map.of("id", 1, "name", "ada", "email", "ada@example.com", "points", 3),
				Map.of("id", 2, "name", "o'hara", "email", "oh@example.com")))
			.execute("UPDATE jr_users SET points = 7 WHERE id = 2");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DELETE FROM jr_users");
	}

}
