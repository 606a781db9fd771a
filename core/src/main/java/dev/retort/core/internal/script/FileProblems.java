package dev.retort.core.internal.script;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Builds the {@code INVALID_REVISION_FILE} errors of the SQL format, always in the shape
 * {@code <file> line <n>: <problem>; <fix>} so people can jump straight to the line.
 */
final class FileProblems {

	private FileProblems() {
	}

	static RetortException at(String file, int line, String problemAndFix) {
		return new RetortException(ErrorCode.INVALID_REVISION_FILE, file + " line " + line + ": " + problemAndFix);
	}

	/** The 1-based line of {@code offset} in {@code text}; only called on the error path. */
	static int lineOf(CharSequence text, int offset, int firstLine) {
		int line = firstLine;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		return line;
	}

}
