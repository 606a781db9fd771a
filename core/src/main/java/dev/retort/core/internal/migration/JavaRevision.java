package dev.retort.core.internal.migration;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Migration;
import dev.retort.core.api.RetortException;

/**
 * A Java revision class, checked: annotated, a {@link Migration}, with a public no-argument
 * constructor.
 *
 * @param type the class
 * @param id the revision id
 * @param transactional whether it runs in a transaction
 * @param constructor its public no-argument constructor
 * @param irreversibleMessage why it cannot be downgraded; empty when it can
 */
record JavaRevision(Class<? extends Migration> type, String id, boolean transactional,
		Constructor<? extends Migration> constructor, Optional<String> irreversibleMessage) {

	/** As messages name it: {@code Revision <id> (<class>)}, the shape SQL revisions use too. */
	String name() {
		return "Revision " + this.id + " (" + this.type.getName() + ")";
	}

	JavaRevision irreversible(String message) {
		return new JavaRevision(this.type, this.id, this.transactional, this.constructor, Optional.of(message));
	}

	Migration newInstance() {
		try {
			return this.constructor.newInstance();
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, this.type.getName()
					+ " cannot be created: its constructor threw " + cause + "; keep revision constructors free of work",
					cause);
		}
		catch (ReflectiveOperationException ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, this.type.getName() + " cannot be created ("
					+ ex + "); give it a public no-argument constructor", ex);
		}
	}

}
