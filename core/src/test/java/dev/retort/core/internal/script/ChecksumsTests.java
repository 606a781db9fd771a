package dev.retort.core.internal.script;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checksum is part of the file-format contract: these expected values were computed with
 * {@code sha256sum} on files written with {@code printf}, never with the code under test, so the
 * algorithm cannot change silently.
 */
class ChecksumsTests {

	/** {@code printf -- '-- revision: ae10\n-- message: add email\n\n-- migrate:upgrade\n...' | sha256sum}. */
	private static final String NORMALIZED_FILE = "-- revision: ae10\n-- message: add email\n\n-- migrate:upgrade\n"
			+ "ALTER TABLE users ADD COLUMN email VARCHAR(255);\n\n-- migrate:downgrade\n"
			+ "ALTER TABLE users DROP COLUMN email;\n";

	private static final String NORMALIZED_FILE_HASH = "sha256:a15eb4214d2487182c8c20cc03d34388e87b63dc46604b5a860035e0d9429086";

	@Test
	void normalizedFileHashesToItsSha256() {
		assertThat(Checksums.of(NORMALIZED_FILE)).isEqualTo(NORMALIZED_FILE_HASH);
	}

	@Test
	void byteOrderMarkCrLfAndTrailingWhitespaceDoNotChangeTheChecksum() {
		String messy = "\uFEFF" + NORMALIZED_FILE.replace("\n", " \t\r\n").replace("add email \t\r\n", "add email  \r");
		assertThat(Checksums.of(messy)).isEqualTo(NORMALIZED_FILE_HASH);
	}

	@Test
	void emptyFileHashesToTheSha256OfNothing() {
		assertThat(Checksums.of("")).isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Checksums.of("\uFEFF  ")).isEqualTo(Checksums.of(""));
	}

	@Test
	void blankLinesAndMissingFinalNewlineAreKept() {
		// printf 'a\n\nb' | sha256sum
		assertThat(Checksums.of("a \n\t\nb\t")).isEqualTo("sha256:38022fd2b8dbc5cb3d2cee74e083edbf59e3d4e13d067ebcb5db633d4cff4d8c");
		assertThat(Checksums.of("a\n\nb\n")).isNotEqualTo(Checksums.of("a\n\nb"));
		assertThat(Checksums.of("a\nb")).isNotEqualTo(Checksums.of("a\n\nb"));
	}

	@Test
	void textIsHashedAsUtf8() {
		// printf 'caf\xc3\xa9 \xe2\x82\xac\n' | sha256sum
		assertThat(Checksums.of("café €  \r\n"))
			.isEqualTo("sha256:f9455f160fdd25f9866778abecbd571aa6a6e1560b6434de7bb3e311ef768781");
	}

	@Test
	void leadingWhitespaceAndInnerSpacesCount() {
		assertThat(Checksums.of("  a\n")).isNotEqualTo(Checksums.of("a\n"));
		assertThat(Checksums.of("a  b\n")).isNotEqualTo(Checksums.of("a b\n"));
	}

	@Test
	void rawBytesHashLikeTheirDecodedText() {
		assertThat(Checksums.ofUtf8(NORMALIZED_FILE.getBytes(StandardCharsets.UTF_8))).isEqualTo(NORMALIZED_FILE_HASH);
		String messy = "\uFEFF" + NORMALIZED_FILE.replace("\n", " \t\r\n");
		assertThat(Checksums.ofUtf8(messy.getBytes(StandardCharsets.UTF_8))).isEqualTo(NORMALIZED_FILE_HASH);
		// printf 'caf\xc3\xa9 \xe2\x82\xac\n' | sha256sum
		assertThat(Checksums.ofUtf8("café €\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256:f9455f160fdd25f9866778abecbd571aa6a6e1560b6434de7bb3e311ef768781");
		for (String text : List.of("", "\uFEFF", "a", "a ", "a\t\n", "a\r", "\uFEFFa\nb", "x\f\ny\u000B", "€ \n€",
				"a\n\n", " \n", "\n ")) {
			assertThat(Checksums.ofUtf8(text.getBytes(StandardCharsets.UTF_8))).as(text).isEqualTo(Checksums.of(text));
		}
	}

	@Test
	void normalizeTurnsEveryLineEndingIntoLf() {
		assertThat(Checksums.normalize("a\r\nb\rc\n\rd")).isEqualTo("a\nb\nc\n\nd");
	}

}
