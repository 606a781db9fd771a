package dev.retort.core.internal.db;

import java.util.regex.Pattern;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Table and schema names end up in SQL text, so only plain identifiers are accepted: this is what
 * keeps a setting such as {@code x; DROP TABLE users} out of a statement.
 *
 * @since 0.1.0
 */
public final class Identifiers {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** PostgreSQL's limit; MariaDB allows 64. */
	private static final int MAX_LENGTH = 63;

	private Identifiers() {
	}

	/**
	 * Check an identifier.
	 * @param identifier the name
	 * @param setting the setting it came from, named in the error
	 * @return the identifier
	 * @throws RetortException with {@code INVALID_CONFIGURATION} when it is not a plain identifier
	 */
	public static String check(String identifier, String setting) {
		if (identifier.length() > MAX_LENGTH || !PLAIN.matcher(identifier).matches()) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Invalid " + setting + " '" + identifier
					+ "': use letters, digits and '_' only, starting with a letter or '_', at most " + MAX_LENGTH
					+ " characters");
		}
		return identifier;
	}

}
