package dev.retort.core.api;

import java.util.Map;
import java.util.Optional;

/**
 * Recognises the JDBC URLs people mistype: a wrong sub-protocol ({@code jdbc:postgres://}) or a
 * missing {@code jdbc:} prefix. The driver's own answer ("No suitable driver") suggests a missing
 * driver, which is rarely the cause.
 *
 * @since 0.1.0
 */
public final class JdbcUrls {

	/** Sub-protocols no driver accepts, and the one that was meant. */
	private static final Map<String, String> MISTYPED = Map.of("postgres", "postgresql", "postgre", "postgresql",
			"pg", "postgresql", "pgsql", "postgresql", "psql", "postgresql", "maria", "mariadb", "mysql", "mariadb",
			"h2db", "h2");

	private static final Map<String, String> KNOWN = Map.of("postgresql", "postgresql", "mariadb", "mariadb", "h2",
			"h2", "postgres", "postgresql");

	private JdbcUrls() {
	}

	/**
	 * The URL that was probably meant, when the scheme is a known mistake.
	 * @param url the URL as configured
	 * @return the corrected URL, or empty when nothing is recognised
	 */
	public static Optional<String> corrected(String url) {
		String trimmed = url.strip();
		if (!trimmed.startsWith("jdbc:")) {
			int colon = trimmed.indexOf(':');
			if (colon > 0 && KNOWN.containsKey(trimmed.substring(0, colon))) {
				String rest = trimmed.substring(colon);
				return Optional.of("jdbc:" + KNOWN.get(trimmed.substring(0, colon)) + rest);
			}
			return Optional.empty();
		}
		int start = "jdbc:".length();
		int colon = trimmed.indexOf(':', start);
		if (colon < 0) {
			return Optional.empty();
		}
		String meant = MISTYPED.get(trimmed.substring(start, colon));
		return Optional.ofNullable(meant).map((protocol) -> "jdbc:" + protocol + trimmed.substring(colon));
	}

	/**
	 * The sentence to add to a "no driver" failure: the likely fix, or the missing driver.
	 * @param url the URL as configured
	 * @return for example {@code "did you mean jdbc:postgresql://db/app?"}
	 */
	public static String advice(String url) {
		return corrected(url).map((fixed) -> "did you mean " + fixed + "?")
			.orElse("add the JDBC driver of your database to the class path");
	}

}
