package dev.retort.core.script;

import java.util.Objects;
import java.util.Optional;

import dev.retort.core.graph.RevisionHeader;

/**
 * A revision together with what it runs: its upgrade and (optional) downgrade bodies, its checksum
 * and whether it runs inside a transaction.
 *
 * @param revision the graph metadata; {@link RevisionHeader#source()} names the file or class
 * @param checksum the checksum, for example {@code sha256:<hex>}
 * @param transactional whether the revision runs inside a transaction (SQL header
 * {@code transactional: false} turns it off)
 * @param upgrade what runs on upgrade
 * @param downgrade what runs on downgrade; empty for an irreversible revision
 * @since 0.1.0
 */
public record Script(RevisionHeader revision, String checksum, boolean transactional, Body upgrade,
		Optional<Body> downgrade) {

	public Script {
		Objects.requireNonNull(revision, "'revision' must not be null");
		Objects.requireNonNull(checksum, "'checksum' must not be null");
		Objects.requireNonNull(upgrade, "'upgrade' must not be null");
		Objects.requireNonNull(downgrade, "'downgrade' must not be null");
	}

	/**
	 * The revision id.
	 * @return the id
	 */
	public String id() {
		return this.revision.id();
	}

	/**
	 * Split the SQL bodies now if they have not been (see {@link SqlBody}), so a malformed section
	 * is reported before anything runs.
	 * @return this script
	 * @throws dev.retort.core.api.RetortException naming the file and line when a section cannot
	 * be split
	 */
	public Script requireParsed() {
		if (this.upgrade instanceof SqlBody sql) {
			sql.statements();
		}
		if (this.downgrade.isPresent() && this.downgrade.get() instanceof SqlBody sql) {
			sql.statements();
		}
		return this;
	}

}
