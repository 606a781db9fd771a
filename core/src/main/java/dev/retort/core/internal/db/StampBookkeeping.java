package dev.retort.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.retort.core.script.Script;

/**
 * What a stamp writes besides its steps' rows: the current checksum of every applied revision
 * whose file changed (a stamp tells Retort the database matches the files, which is how a
 * deliberate edit is accepted), and a row that closes a half-applied revision when the stamp
 * itself moved nothing.
 */
final class StampBookkeeping {

	private final HistoryTable historyTable;

	private final String appliedBy;

	private final String retortVersion;

	private final String tag;

	StampBookkeeping(HistoryTable historyTable, String appliedBy, String retortVersion, String tag) {
		this.historyTable = historyTable;
		this.appliedBy = appliedBy;
		this.retortVersion = retortVersion;
		this.tag = tag;
	}

	void record(PreparedStatements statements, Catalog catalog, List<String> heads, boolean resolvePartial)
			throws SQLException {
		statements.connection().setAutoCommit(true);
		Map<String, String> recorded = this.historyTable.recordedChecksums(statements.connection());
		int written = 0;
		for (String id : Checksums.applied(catalog, heads)) {
			Optional<Script> script = catalog.script(id);
			String before = recorded.get(id);
			if (script.isPresent() && before != null && !before.equals(script.get().checksum())) {
				this.historyTable.insert(statements, row(script.get()));
				written++;
			}
		}
		if (written == 0 && resolvePartial) {
			for (String head : heads) {
				Optional<Script> script = catalog.script(head);
				if (script.isPresent()) {
					this.historyTable.insert(statements, row(script.get()));
					written++;
				}
			}
			if (written == 0) {
				this.historyTable.insert(statements, new HistoryRow(0, "base", List.of(), "stamp", "", "",
						this.appliedBy, Instant.now(), 0, true, this.retortVersion, 0, 0, "", this.tag));
			}
		}
	}

	private HistoryRow row(Script script) {
		return new HistoryRow(0, script.id(), script.revision().downRevisions(), "stamp", script.revision().message(),
				script.checksum(), this.appliedBy, Instant.now(), 0, true, this.retortVersion, 0, 0, "", this.tag);
	}

}
