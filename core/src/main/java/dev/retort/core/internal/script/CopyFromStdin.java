package dev.retort.core.internal.script;

import java.util.Optional;

/**
 * A PostgreSQL {@code COPY ... FROM stdin} statement with its inline data, as psql reads it from
 * a file (pg_dump's data format): the command, then the data lines up to a line {@code \.}.
 * The statement splitter keeps the three together in one statement; this reads them apart again.
 *
 * @param command the COPY command without its semicolon, for the driver's copy API
 * @param data the data lines, each ending with a line break, without the {@code \.} line
 * @since 0.1.0
 */
public record CopyFromStdin(String command, String data) {

	private static final String END = "\\.";

	/**
	 * Read a statement of the splitter.
	 * @param statement one statement
	 * @return the COPY and its data, or empty when the statement is anything else
	 */
	public static Optional<CopyFromStdin> of(String statement) {
		if (!statement.endsWith("\n" + END)) {
			return Optional.empty();
		}
		int semicolon = commandEnd(statement);
		if (semicolon < 0) {
			return Optional.empty();
		}
		int dataStart = statement.indexOf('\n', semicolon) + 1;
		String command = statement.substring(0, semicolon).strip();
		if (!firstWord(command).equalsIgnoreCase("COPY")) {
			return Optional.empty();
		}
		String data = statement.substring(dataStart, statement.length() - END.length()).replace("\r\n", "\n");
		return Optional.of(new CopyFromStdin(command, data));
	}

	/**
	 * The statement as psql reads it from a file: the command, its semicolon, the data and the
	 * {@code \.} line.
	 * @return the text, without a final line break
	 */
	public String psqlText() {
		return this.command + ";\n" + this.data + END;
	}

	/** The first {@code ;} outside quotes and comments: where the command ends and its data line starts. */
	private static int commandEnd(String text) {
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == ';') {
				return i;
			}
			if (c == '\'' || c == '"') {
				int close = text.indexOf(c, i + 1);
				while (close > 0 && close + 1 < n && text.charAt(close + 1) == c) {
					close = text.indexOf(c, close + 2);
				}
				if (close < 0) {
					return -1;
				}
				i = close + 1;
			}
			else if (text.startsWith("--", i)) {
				int eol = text.indexOf('\n', i);
				i = (eol < 0) ? n : eol;
			}
			else if (text.startsWith("/*", i)) {
				int close = text.indexOf("*/", i + 2);
				i = (close < 0) ? n : close + 2;
			}
			else {
				i++;
			}
		}
		return -1;
	}

	/** The first word after leading comments. */
	private static String firstWord(String command) {
		return StatementLabel.of(command).split("[^A-Za-z_]", 2)[0];
	}

}
