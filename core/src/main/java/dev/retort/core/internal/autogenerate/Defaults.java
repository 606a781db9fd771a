package dev.retort.core.internal.autogenerate;

import java.util.Locale;
import java.util.Optional;

/**
 * Server defaults as databases echo them differ in spelling only: PostgreSQL adds casts
 * ({@code 'a'::character varying}), H2 and MariaDB may add parentheses or quotes. Only those are
 * removed before comparing; anything else counts as a difference.
 */
final class Defaults {

	private Defaults() {
	}

	static Optional<String> normalize(Optional<String> value) {
		return value.map(Defaults::normalize).filter((text) -> !text.isEmpty() && !text.equals("null"));
	}

	private static String normalize(String value) {
		String text = value.strip();
		text = text.replaceAll("::[a-z ]+(\\(\\d+\\))?$", "");
		while (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
			text = text.substring(1, text.length() - 1);
		}
		return text.toLowerCase(Locale.ROOT);
	}

}
