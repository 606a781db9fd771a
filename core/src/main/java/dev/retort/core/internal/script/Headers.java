package dev.retort.core.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The {@code -- key: value} headers of an SQL revision file, collected line by line, then
 * validated on the way out.
 */
final class Headers {

	static final int REVISION = 0;

	static final int DOWN_REVISION = 1;

	static final int BRANCH_LABELS = 2;

	static final int DEPENDS_ON = 3;

	static final int MESSAGE = 4;

	static final int CREATE_DATE = 5;

	static final int TRANSACTIONAL = 6;

	static final int PLACEHOLDERS = 7;

	/** The keys in DESIGN's order; the index is the constant above. */
	static final List<String> KEYS = List.of("revision", "down_revision", "branch_labels", "depends_on", "message",
			"create_date", "transactional", "placeholders");

	private final @Nullable String[] values = new String[KEYS.size()];

	private final int[] lines = new int[KEYS.size()];

	/**
	 * Take one comment line before {@code -- migrate:upgrade}.
	 * @param source the file, for messages
	 * @param line the line number
	 * @param comment the stripped line, starting with {@code --}
	 */
	void accept(String source, int line, String comment) {
		int i = skipBlanks(comment, 2);
		int keyStart = i;
		while (i < comment.length() && isKeyPart(comment.charAt(i))) {
			i++;
		}
		int keyEnd = i;
		i = skipBlanks(comment, i);
		if (keyEnd == keyStart || i >= comment.length() || comment.charAt(i) != ':' || comment.startsWith("//", i + 1)) {
			return; // a plain comment (or a URL)
		}
		String key = comment.substring(keyStart, keyEnd);
		String value = comment.substring(i + 1).strip();
		int index = KEYS.indexOf(key);
		if (index < 0) {
			String lower = key.toLowerCase(Locale.ROOT);
			if (KEYS.contains(lower)) {
				throw FileProblems.at(source, line, "header '" + key + "' must be written in lowercase: '-- " + lower + ":'");
			}
			if (!lower.equals(key)) {
				return; // "-- Note: ..." and "-- TODO: ..." are comments
			}
			throw FileProblems.at(source, line, "unknown header '" + key + "'; expected one of " + String.join(", ", KEYS)
					+ suggestion(key));
		}
		if (this.values[index] != null) {
			throw FileProblems.at(source, line, "header '" + key + "' appears twice (first on line " + this.lines[index]
					+ "); keep one of them");
		}
		this.values[index] = value;
		this.lines[index] = line;
	}

	String value(int index) {
		String value = this.values[index];
		return (value != null) ? value : "";
	}

	int line(int index) {
		return Math.max(this.lines[index], 1);
	}

	String revisionId(String source) {
		String id = this.values[REVISION];
		if (id == null || id.isEmpty()) {
			String name = SqlRevisionParser.fileName(source);
			int underscore = name.indexOf('_');
			String example = (underscore > 0) ? name.substring(0, underscore) : "<id>";
			String problem = (id == null) ? "no '-- revision:' header" : "the '-- revision:' header is empty";
			throw FileProblems.at(source, line(REVISION), problem + "; add '-- revision: " + example
					+ "' at the top of the file (the id also starts the file name, as in <id>_<slug>.sql)");
		}
		checkId(source, REVISION, id);
		return id;
	}

	List<String> idList(String source, int index) {
		List<String> items = SqlRevisionParser.splitList(value(index));
		for (String item : items) {
			checkId(source, index, item);
		}
		return items;
	}

	boolean transactional(String source) {
		return flag(source, TRANSACTIONAL, true);
	}

	/** Whether the file opts in to {@code ${name}} placeholders; off unless it says so. */
	boolean placeholders(String source) {
		return flag(source, PLACEHOLDERS, false);
	}

	private boolean flag(String source, int index, boolean absent) {
		String value = this.values[index];
		if (value == null) {
			return absent;
		}
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		throw FileProblems.at(source, line(index), "invalid value '" + value + "' for header '" + KEYS.get(index)
				+ "'; write 'true' or 'false'");
	}

	private void checkId(String source, int index, String id) {
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
				String what = (index == BRANCH_LABELS) ? "branch label" : "revision id";
				throw FileProblems.at(source, line(index), "invalid " + what + " '" + id + "' in header '" + KEYS.get(index)
						+ "'; use only letters, digits and _ (separate several with commas)");
			}
		}
	}

	private static String suggestion(String key) {
		for (String known : KEYS) {
			if (distance(key, known) <= 2) {
				return "; did you mean '" + known + "'? (check the spelling)";
			}
		}
		return " (check the spelling; a comment here must not start with a lowercase 'word:')";
	}

	/** Levenshtein distance; keys are short and this only runs on the error path. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static boolean isKeyPart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

	private static int skipBlanks(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

}
