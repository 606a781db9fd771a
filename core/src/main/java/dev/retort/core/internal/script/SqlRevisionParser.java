package dev.retort.core.internal.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

/**
 * Parses one SQL revision file (DESIGN §2) into a {@link Script}.
 *
 * <p>Before {@code -- migrate:upgrade} only headers, comments and blank lines may appear. A
 * header is a line {@code -- key: value} whose key is a lowercase word; comments whose first word
 * is capitalized ({@code -- Note: ...}) stay comments. The upgrade section runs to
 * {@code -- migrate:downgrade} or the end of the file; without a downgrade section the revision
 * is irreversible. Marker lines are recognized wherever they stand at the start of a line.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SqlRevisionParser {

	private SqlRevisionParser() {
	}

	/**
	 * Parse a revision file.
	 * @param source where the file lives, for example
	 * {@code classpath:db/revisions/ae1027a6acf0_add_email.sql}; becomes {@link RevisionHeader#source()}
	 * and starts every error message. Its last path segment is checked against the revision id.
	 * @param content the raw bytes, UTF-8 with or without a byte order mark
	 * @return the script
	 * @throws dev.retort.core.api.RetortException with {@code INVALID_REVISION_FILE} naming the
	 * file, the line and the fix
	 */
	public static Script parse(String source, byte[] content) {
		return parse(source, decode(source, content), Checksums.ofUtf8(content));
	}

	/**
	 * Parse a revision file that is already decoded.
	 * @param source where the file lives
	 * @param text the file's text, with or without a byte order mark
	 * @return the script
	 */
	public static Script parse(String source, String text) {
		return parse(source, text, null);
	}

	private static Script parse(String source, String text, @Nullable String knownChecksum) {
		String body = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
		Sections sections = Sections.read(source, body);
		Headers headers = sections.headers();
		String id = headers.revisionId(source);
		checkFileName(source, id, headers.line(Headers.REVISION));
		RevisionHeader revision = new RevisionHeader(id, headers.idList(source, Headers.DOWN_REVISION),
				headers.idList(source, Headers.BRANCH_LABELS), headers.idList(source, Headers.DEPENDS_ON),
				headers.value(Headers.MESSAGE), headers.value(Headers.CREATE_DATE), source);
		// split when first needed (SqlBody): a start with nothing pending never needs the statements
		String upgradeSql = sections.upgrade();
		int upgradeLine = sections.upgradeLine();
		boolean placeholders = headers.placeholders(source);
		Body upgrade = body(source, upgradeSql, upgradeLine, placeholders);
		int downgradeLine = sections.downgradeLine();
		Optional<Body> downgrade = sections.downgrade().map((sql) -> body(source, sql, downgradeLine, placeholders));
		String checksum = (knownChecksum != null) ? knownChecksum : Checksums.of(body);
		return new Script(revision, checksum, headers.transactional(source), upgrade, downgrade);
	}

	private static SqlBody body(String source, String sql, int firstLine, boolean placeholders) {
		Supplier<List<String>> splitter = () -> StatementSplitter.split(sql, source, firstLine);
		return SqlBody.deferred(splitter, placeholders ? Placeholders.of(source, sql, firstLine) : null,
				new SqlBody.SourceText(sql, firstLine));
	}

	private static void checkFileName(String source, String id, int line) {
		String name = fileName(source);
		if (name.equals(id + ".sql") || name.startsWith(id + "_")) {
			return;
		}
		throw FileProblems.at(source, line, "the file name '" + name + "' does not start with the revision id '" + id
				+ "' of its header; a file copied from another revision keeps that revision's id: give the header a new id"
				+ " (and start the file name with it) or rename the file to '" + id + "_<slug>.sql'");
	}

	static String fileName(String source) {
		int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
		return source.substring(slash + 1);
	}

	private static String decode(String source, byte[] content) {
		String lenient = new String(content, StandardCharsets.UTF_8);
		// the lenient decoder turns malformed bytes into U+FFFD; only then is the strict one needed
		return (lenient.indexOf('\uFFFD') < 0) ? lenient : decodeStrictly(source, content);
	}

	private static String decodeStrictly(String source, byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (content[i] == '\n') {
					line++;
				}
			}
			throw FileProblems.at(source, line, String.format(
					"the file is not valid UTF-8 (byte 0x%02X at offset %d); save it with UTF-8 encoding",
					content[Math.min(offset, content.length - 1)] & 0xFF, offset));
		}
		out.flip();
		return out.toString();
	}

	/** The lines of a file up to and including the section markers. */
	private record Sections(Headers headers, String upgrade, int upgradeLine, Optional<String> downgrade,
			int downgradeLine) {

		static Sections read(String source, String text) {
			Headers headers = new Headers();
			int upgradeStart = -1;
			int upgradeLine = 0;
			int upgradeEnd = text.length();
			int downgradeStart = -1;
			int downgradeLine = 0;
			int markerLine = 0;
			int commentLine = 0;
			int line = 0;
			int pos = 0;
			int length = text.length();
			while (pos < length) {
				line++;
				int end = pos;
				while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
					end++;
				}
				int next = end;
				if (next < length) {
					next += (text.charAt(next) == '\r' && next + 1 < length && text.charAt(next + 1) == '\n') ? 2 : 1;
				}
				if (upgradeStart < 0) {
					String content = text.substring(pos, end).strip();
					if (commentLine > 0) {
						int close = content.indexOf("*/");
						if (close >= 0) {
							commentLine = 0;
							requireBlankAfterComment(source, line, content.substring(close + 2));
						}
					}
					else if (content.startsWith("/*")) {
						int close = content.indexOf("*/", 2);
						if (close < 0) {
							commentLine = line;
						}
						else {
							requireBlankAfterComment(source, line, content.substring(close + 2));
						}
					}
					else if (content.startsWith("--")) {
						Directive directive = Directive.parse(content);
						if (directive == null) {
							headers.accept(source, line, content);
						}
						else if (isMarker(directive, Directive.UPGRADE)) {
							upgradeStart = next;
							upgradeLine = line + 1;
							markerLine = line;
						}
						else if (isMarker(directive, Directive.DOWNGRADE)) {
							throw FileProblems.at(source, line, "'-- migrate:downgrade' comes before '-- migrate:upgrade'; "
									+ "put the upgrade section first");
						}
						else if (Directive.UPGRADE.equals(directive.name()) || Directive.DOWNGRADE.equals(directive.name())) {
							throw FileProblems.at(source, line, "'" + directive.text()
									+ "' must stand alone on its line; remove the text after it");
						}
						else if (Directive.STATEMENT_DELIMITER.equals(directive.name())) {
							throw FileProblems.at(source, line, "'" + directive.text()
									+ "' before '-- migrate:upgrade'; move it into the section whose statements it delimits");
						}
						else {
							throw FileProblems.at(source, line, Directive.unknownMessage(directive));
						}
					}
					else if (!content.isEmpty()) {
						throw FileProblems.at(source, line, "SQL before '-- migrate:upgrade'; start the upgrade statements "
								+ "with a '-- migrate:upgrade' line (only '-- key: value' headers and comments may come before it)");
					}
				}
				else if (startsWithDashes(text, pos, end)) {
					Directive directive = Directive.parse(text.substring(pos, end));
					if (directive != null && isMarker(directive, Directive.UPGRADE)) {
						throw FileProblems.at(source, line, "a second '-- migrate:upgrade' (the first is on line "
								+ markerLine + "); a file has one upgrade section: remove one of them");
					}
					if (directive != null && isMarker(directive, Directive.DOWNGRADE)) {
						if (downgradeStart >= 0) {
							throw FileProblems.at(source, line, "a second '-- migrate:downgrade' (the first is on line "
									+ markerLine + "); a file has one downgrade section: remove one of them");
						}
						upgradeEnd = pos;
						downgradeStart = next;
						downgradeLine = line + 1;
						markerLine = line;
					}
				}
				pos = next;
			}
			if (commentLine > 0) {
				throw FileProblems.at(source, commentLine, "unterminated /* comment; close it with */");
			}
			if (upgradeStart < 0) {
				throw FileProblems.at(source, Math.max(line, 1), "no '-- migrate:upgrade' line; add one above the "
						+ "upgrade statements (and '-- migrate:downgrade' above the statements that undo them)");
			}
			Optional<String> downgrade = (downgradeStart < 0) ? Optional.empty()
					: Optional.of(text.substring(Math.min(downgradeStart, length)));
			return new Sections(headers, text.substring(Math.min(upgradeStart, upgradeEnd), upgradeEnd), upgradeLine,
					downgrade, downgradeLine);
		}

		private static boolean isMarker(Directive directive, String name) {
			return name.equals(directive.name()) && directive.argument().isEmpty();
		}

		private static boolean startsWithDashes(String text, int from, int to) {
			int i = from;
			while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			return i + 1 < to && text.charAt(i) == '-' && text.charAt(i + 1) == '-';
		}

		private static void requireBlankAfterComment(String source, int line, String rest) {
			String after = rest.strip();
			if (!after.isEmpty() && !after.startsWith("--")) {
				throw FileProblems.at(source, line, "SQL before '-- migrate:upgrade'; move it below the "
						+ "'-- migrate:upgrade' line");
			}
		}

	}

	static List<String> splitList(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(",", -1)) {
			String trimmed = item.strip();
			if (!trimmed.isEmpty()) {
				items.add(trimmed);
			}
		}
		return items;
	}

}
