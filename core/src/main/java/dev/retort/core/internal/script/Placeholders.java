package dev.retort.core.internal.script;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.core.script.SqlBody;

/**
 * {@code ${name}} placeholders of a file with the header {@code -- placeholders: true}: the values
 * of {@code migrate.placeholders.<name>}, and {@code ${x.key}} for {@code -x key=value}.
 * {@code $${name}} stands for a literal {@code ${name}}. Files without the header are never
 * touched, since real SQL holds {@code ${} in strings and function bodies. The checksum is taken
 * from the file as written.
 */
final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([^}\\s]*)}");

	private Placeholders() {
	}

	/** The substitution for one section of a file. */
	static SqlBody.Substitution of(String source, String section, int firstLine) {
		return (statement, values) -> substitute(statement, values, source, section, firstLine);
	}

	private static String substitute(String statement, Map<String, String> values, String source, String section,
			int firstLine) {
		Matcher matcher = PLACEHOLDER.matcher(statement);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement;
			if (matcher.group().startsWith("$$")) {
				replacement = matcher.group().substring(1);
			}
			else if (values.containsKey(name)) {
				replacement = values.get(name);
			}
			else {
				int at = Math.max(section.indexOf(matcher.group()), 0);
				String how = name.startsWith("x.") ? "pass -x " + name.substring(2) + "=<value>"
						: "set migrate.placeholders." + name;
				throw FileProblems.at(source, FileProblems.lineOf(section, at, firstLine), "no value for placeholder '"
						+ matcher.group() + "' (the file has '-- placeholders: true'); " + how
						+ ", or write $" + matcher.group() + " for the text itself");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
