package dev.retort.core.internal.migration;

import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Migration;
import dev.retort.core.api.MigrationFactory;
import dev.retort.core.api.RetortException;

/**
 * A Java revision class, checked: annotated, a {@link Migration}, and creatable by its factory.
 *
 * @param type the class
 * @param id the revision id
 * @param transactional whether it runs in a transaction
 * @param factory creates its instances (by default its public no-argument constructor)
 * @param irreversibleMessage why it cannot be downgraded; empty when it can
 */
record JavaRevision(Class<? extends Migration> type, String id, boolean transactional, MigrationFactory factory,
		Optional<String> irreversibleMessage) {

	/** As messages name it: {@code Revision <id> (<class>)}, the shape SQL revisions use too. */
	String name() {
		return "Revision " + this.id + " (" + this.type.getName() + ")";
	}

	JavaRevision irreversible(String message) {
		return new JavaRevision(this.type, this.id, this.transactional, this.factory, Optional.of(message));
	}

	Migration newInstance() {
		try {
			return this.factory.create(this.type);
		}
		catch (RetortException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE,
					this.type.getName() + " cannot be created: " + ex + "; keep revision constructors free of work", ex);
		}
	}

}
