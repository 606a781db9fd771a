package dev.retort.core.internal.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a revision file. Part of the contract (DESIGN §2): SHA-256 over the UTF-8 bytes
 * of the normalized text, rendered {@code sha256:<lowercase hex>}. Normalizing: drop a leading
 * byte order mark, turn CRLF and lone CR into LF, and drop trailing spaces, tabs, form feeds and
 * vertical tabs of every line. Nothing else changes: blank lines and the final newline count.
 * Changing any of this changes every stored checksum, so the tests pin fixed hashes.
 *
 * @since 0.1.0
 */
public final class Checksums {

	/** The prefix of every checksum this class renders. */
	public static final String PREFIX = "sha256:";

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Checksums::newDigest);

	private Checksums() {
	}

	/**
	 * The checksum of a file's text.
	 * @param text the decoded file, with or without a byte order mark
	 * @return {@code sha256:<hex>}
	 */
	public static String of(String text) {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		byte[] hash = digest.digest(normalize(text).getBytes(StandardCharsets.UTF_8));
		return PREFIX + HexFormat.of().formatHex(hash);
	}

	/**
	 * The checksum of a file's raw bytes, valid UTF-8: the same as {@link #of(String)} of the
	 * decoded text. Most files need no normalizing, and their bytes are hashed as they are.
	 * @param utf8 the file's bytes
	 * @return {@code sha256:<hex>}
	 */
	public static String ofUtf8(byte[] utf8) {
		int start = (utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF)
				? 3 : 0;
		if (needsNormalizing(utf8, start)) {
			return of(new String(utf8, StandardCharsets.UTF_8));
		}
		MessageDigest digest = SHA_256.get();
		digest.reset();
		digest.update(utf8, start, utf8.length - start);
		return PREFIX + HexFormat.of().formatHex(digest.digest());
	}

	/** Whether normalizing would change anything: a CR, or a blank before a line end. Multi-byte UTF-8 never holds ASCII bytes. */
	private static boolean needsNormalizing(byte[] utf8, int start) {
		for (int i = start; i < utf8.length; i++) {
			byte b = utf8[i];
			if (b == '\r' || (b == '\n' && i > start && isTrailingBlank((char) utf8[i - 1]))) {
				return true;
			}
		}
		return utf8.length > start && isTrailingBlank((char) utf8[utf8.length - 1]);
	}

	static String normalize(String text) {
		int start = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		StringBuilder out = new StringBuilder(text.length());
		int lineStart = start;
		int length = text.length();
		for (int i = start; i <= length; i++) {
			char c = (i < length) ? text.charAt(i) : '\n';
			if (c != '\n' && c != '\r') {
				continue;
			}
			int end = i;
			while (end > lineStart && isTrailingBlank(text.charAt(end - 1))) {
				end--;
			}
			out.append(text, lineStart, end);
			if (i < length) {
				out.append('\n');
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			lineStart = i + 1;
		}
		return out.toString();
	}

	private static boolean isTrailingBlank(char c) {
		return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
