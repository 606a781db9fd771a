package dev.retort.core.internal.script;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;
import dev.retort.core.script.SqlBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionParserTests {

	private static final String FILE = "classpath:db/revisions/ae1027a6acf0_add_email.sql";

	private static final String DESIGN_EXAMPLE = """
			-- revision: ae1027a6acf0
			-- down_revision: 1975ea83b712
			-- branch_labels: shop
			-- depends_on: 27c6a30d7c24
			-- message: add email column to users
			-- create_date: 2026-01-01 00:00:00

			-- migrate:upgrade
			ALTER TABLE users ADD COLUMN email VARCHAR(255);

			-- migrate:downgrade
			ALTER TABLE users DROP COLUMN email;
			""";

	private static Script parse(String text) {
		return SqlRevisionParser.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> statements(Body body) {
		return ((SqlBody) body).statements();
	}

	private static ThrowableAssertAlternative<RetortException> assertInvalid(String text) {
		// statements are split on first use; requireParsed() is what a run or `validate` calls first
		return assertThatExceptionOfType(RetortException.class).isThrownBy(() -> parse(text).requireParsed())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE));
	}

	@Test
	void parsesTheDesignExample() {
		Script script = parse(DESIGN_EXAMPLE);
		assertThat(script.revision()).isEqualTo(new RevisionHeader("ae1027a6acf0", List.of("1975ea83b712"), List.of("shop"),
				List.of("27c6a30d7c24"), "add email column to users", "2026-01-01 00:00:00", FILE));
		assertThat(script.transactional()).isTrue();
		assertThat(statements(script.upgrade())).containsExactly("ALTER TABLE users ADD COLUMN email VARCHAR(255)");
		assertThat(script.downgrade()).map(SqlRevisionParserTests::statements)
			.contains(List.of("ALTER TABLE users DROP COLUMN email"));
		assertThat(script.checksum()).isEqualTo(Checksums.of(DESIGN_EXAMPLE)).startsWith("sha256:").hasSize(71);
	}

	@Test
	void minimalFileIsABaseWithDefaults() {
		Script script = parse("-- revision: ae1027a6acf0\n-- migrate:upgrade\nCREATE TABLE a (id INT)");
		assertThat(script.revision().isBase()).isTrue();
		assertThat(script.revision().branchLabels()).isEmpty();
		assertThat(script.revision().message()).isEmpty();
		assertThat(script.revision().createDate()).isEmpty();
		assertThat(statements(script.upgrade())).containsExactly("CREATE TABLE a (id INT)");
		assertThat(script.downgrade()).as("no downgrade section means irreversible").isEmpty();
	}

	@Test
	void emptyDowngradeSectionIsReversibleWithNoStatements() {
		Script script = parse("-- revision: ae1027a6acf0\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n-- nothing to undo\n");
		assertThat(script.downgrade()).map(SqlRevisionParserTests::statements).contains(List.of());
	}

	@Test
	void mergeRevisionListsSeveralParentsAndEmptyValuesMeanNone() {
		Script script = parse("-- revision: ae1027a6acf0\n-- down_revision: aaa ,bbb,  ccc\n-- branch_labels:\n"
				+ "-- depends_on:   \n-- migrate:upgrade\n");
		assertThat(script.revision().downRevisions()).containsExactly("aaa", "bbb", "ccc");
		assertThat(script.revision().isMerge()).isTrue();
		assertThat(script.revision().branchLabels()).isEmpty();
		assertThat(script.revision().dependsOn()).isEmpty();
		assertThat(statements(script.upgrade())).isEmpty();
	}

	@Test
	void transactionalFalseTurnsOffTheTransaction() {
		assertThat(parse("-- revision: ae1027a6acf0\n-- transactional: false\n-- migrate:upgrade\n").transactional()).isFalse();
		assertThat(parse("-- revision: ae1027a6acf0\n-- transactional: TRUE\n-- migrate:upgrade\n").transactional()).isTrue();
		assertInvalid("-- revision: ae1027a6acf0\n-- transactional: no\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 2: invalid value 'no' for header 'transactional'; write 'true' or 'false'");
	}

	@Test
	void byteOrderMarkAndCrLfAreHandled() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String text = "-- revision: ae1027a6acf0\r\n-- message: café\r\n\r\n-- migrate:upgrade\r\nSELECT 1;\r\n"
				+ "-- migrate:downgrade\r\nSELECT 2;\r\n";
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		Script script = SqlRevisionParser.parse(FILE, content);
		assertThat(script.id()).isEqualTo("ae1027a6acf0");
		assertThat(script.revision().message()).isEqualTo("café");
		assertThat(statements(script.upgrade())).containsExactly("SELECT 1");
		assertThat(script.downgrade()).map(SqlRevisionParserTests::statements).contains(List.of("SELECT 2"));
		assertThat(script.checksum()).isEqualTo(Checksums.of(text.replace("\r\n", "\n")));
	}

	@Test
	void commentsAndBlankLinesMayPrecedeTheUpgradeSection() {
		Script script = parse("""
				/* Licensed under the
				   Apache License */
				-- revision: ae1027a6acf0
				-- Note: the backfill runs separately
				-- TODO: drop the old column later
				-- see https://example.com/issues/12

				-- message: add email
				-- migrate:upgrade
				SELECT 1;
				""");
		assertThat(script.revision().message()).isEqualTo("add email");
		assertThat(statements(script.upgrade())).containsExactly("SELECT 1");
	}

	@Test
	void headerLikeCommentsInsideSectionsAreSql() {
		Script script = parse("-- revision: ae1027a6acf0\n-- migrate:upgrade\n-- revision: other\nSELECT 1;");
		assertThat(script.id()).isEqualTo("ae1027a6acf0");
		assertThat(statements(script.upgrade())).containsExactly("-- revision: other\nSELECT 1");
	}

	@Test
	void statementDelimiterDirectiveWorksPerSection() {
		Script script = parse("""
				-- revision: ae1027a6acf0
				-- migrate:upgrade
				-- migrate:statement-delimiter: //
				CREATE PROCEDURE p() BEGIN SELECT 1; END //
				-- migrate:downgrade
				DROP PROCEDURE p;
				SELECT 2;
				""");
		assertThat(statements(script.upgrade())).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END");
		assertThat(script.downgrade()).map(SqlRevisionParserTests::statements)
			.contains(List.of("DROP PROCEDURE p", "SELECT 2"));
	}

	@Test
	void fileNamedExactlyAfterTheIdIsAccepted() {
		Script script = SqlRevisionParser.parse("db/ae10.sql", "-- revision: ae10\n-- migrate:upgrade\n");
		assertThat(script.revision().source()).isEqualTo("db/ae10.sql");
	}

	@Test
	void unknownHeaderSuggestsTheKnownOne() {
		assertInvalid("-- revision: ae1027a6acf0\n\n-- down_revison: 1975ea83b712\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 3: unknown header 'down_revison'; expected one of revision, down_revision, "
					+ "branch_labels, depends_on, message, create_date, transactional, placeholders; did you mean 'down_revision'? "
					+ "(check the spelling)");
		assertInvalid("-- revision: ae1027a6acf0\n-- author: me\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: unknown header 'author'; expected one of revision,")
			.withMessageEndingWith("(check the spelling; a comment here must not start with a lowercase 'word:')");
	}

	@Test
	void headerKeysAreLowercase() {
		assertInvalid("-- Revision: ae1027a6acf0\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 1: header 'Revision' must be written in lowercase: '-- revision:'");
	}

	@Test
	void headerTwiceIsAnError() {
		assertInvalid("-- revision: ae1027a6acf0\n-- message: a\n-- message: b\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 3: header 'message' appears twice (first on line 2); keep one of them");
	}

	@Test
	void missingRevisionSuggestsTheIdFromTheFileName() {
		assertInvalid("-- message: a\n-- migrate:upgrade\nSELECT 1;\n")
			.withMessage(FILE + " line 1: no '-- revision:' header; add '-- revision: ae1027a6acf0' at the top of the file "
					+ "(the id also starts the file name, as in <id>_<slug>.sql)");
		assertInvalid("-- revision:\n-- migrate:upgrade\n").withMessageContaining("the '-- revision:' header is empty");
	}

	@Test
	void invalidIdsAreErrors() {
		assertInvalid("-- revision: ae10-27\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 1: invalid revision id 'ae10-27' in header 'revision'; use only letters, digits "
					+ "and _ (separate several with commas)");
		assertInvalid("-- revision: ae1027a6acf0\n-- down_revision: a b\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: invalid revision id 'a b' in header 'down_revision'");
		assertInvalid("-- revision: ae1027a6acf0\n-- branch_labels: shop@v2\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: invalid branch label 'shop@v2'");
	}

	@Test
	void upgradeSectionIsRequired() {
		assertInvalid("-- revision: ae1027a6acf0\n\n-- migrate:downgrade\n")
			.withMessage(FILE + " line 3: '-- migrate:downgrade' comes before '-- migrate:upgrade'; put the upgrade "
					+ "section first");
		assertInvalid("-- revision: ae1027a6acf0\n-- message: x\n")
			.withMessageStartingWith(FILE + " line 2: no '-- migrate:upgrade' line; add one above the upgrade statements");
		assertInvalid("").withMessageStartingWith(FILE + " line 1: no '-- migrate:upgrade' line");
	}

	@Test
	void sqlBeforeTheUpgradeSectionIsAnError() {
		assertInvalid("-- revision: ae1027a6acf0\nCREATE TABLE a (id INT);\n-- migrate:upgrade\n")
			.withMessage(FILE + " line 2: SQL before '-- migrate:upgrade'; start the upgrade statements with a "
					+ "'-- migrate:upgrade' line (only '-- key: value' headers and comments may come before it)");
		assertInvalid("-- revision: ae1027a6acf0\n/* x */ SELECT 1;\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: SQL before '-- migrate:upgrade'");
		assertInvalid("-- revision: ae1027a6acf0\n/* never closed\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: unterminated /* comment");
	}

	@Test
	void sectionsAppearOnce() {
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:downgrade\n")
			.withMessageStartingWith(FILE + " line 4: a second '-- migrate:downgrade' (the first is on line 3)");
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:upgrade\nSELECT 1;\n  -- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 4: a second '-- migrate:upgrade' (the first is on line 2)");
	}

	@Test
	void unknownOrMalformedDirectivesAreErrors() {
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:upgrade transactional:false\n")
			.withMessage(FILE + " line 2: '-- migrate:upgrade transactional:false' must stand alone on its line; "
					+ "remove the text after it");
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrad\n")
			.withMessageStartingWith(FILE + " line 4: unknown directive '-- migrate:downgrad'");
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:statement-delimiter: //\n-- migrate:upgrade\n")
			.withMessageStartingWith(FILE + " line 2: '-- migrate:statement-delimiter: //' before '-- migrate:upgrade'");
	}

	@Test
	void splitterErrorsCarryFileLineNumbers() {
		assertInvalid("-- revision: ae1027a6acf0\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n\nSELECT 'oops;\n")
			.withMessageStartingWith(FILE + " line 6: unterminated quoted text");
	}

	@Test
	void bodiesAreSplitOnFirstUseAndReportTheirErrorsEachTime() {
		Script script = parse("-- revision: ae1027a6acf0\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n\nSELECT 'oops;\n");
		assertThat(script.id()).isEqualTo("ae1027a6acf0");
		assertThat(statements(script.upgrade())).containsExactly("SELECT 1");
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> statements(script.downgrade().get()))
				.withMessageStartingWith(FILE + " line 6: unterminated quoted text");
		}
		assertThatExceptionOfType(RetortException.class).isThrownBy(script::requireParsed)
			.withMessageStartingWith(FILE + " line 6: unterminated quoted text");
	}

	@Test
	void fileNameMustStartWithTheRevisionId() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> SqlRevisionParser.parse("db/revisions/bb20_copy.sql", "-- message: x\n-- revision: ae10\n-- migrate:upgrade\n"))
			.withMessage("db/revisions/bb20_copy.sql line 2: the file name 'bb20_copy.sql' does not start with the revision "
					+ "id 'ae10' of its header; a file copied from another revision keeps that revision's id: give the "
					+ "header a new id (and start the file name with it) or rename the file to 'ae10_<slug>.sql'");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> SqlRevisionParser.parse("db/ae10x_y.sql", "-- revision: ae10\n-- migrate:upgrade\n"))
			.as("a longer id that merely starts with the header id").withMessageContaining("does not start with");
	}

	@Test
	void invalidUtf8NamesTheLine() {
		byte[] content = "-- revision: ae1027a6acf0\n-- message: caf\u00e9\n-- migrate:upgrade\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> SqlRevisionParser.parse(FILE, content))
			.withMessage(FILE + " line 2: the file is not valid UTF-8 (byte 0xE9 at offset 41); save it with UTF-8 encoding");
	}

	@Test
	void parsingTwiceGivesEqualScripts() {
		Script first = parse(DESIGN_EXAMPLE);
		Script second = parse(DESIGN_EXAMPLE);
		assertThat(first.revision()).isEqualTo(second.revision());
		assertThat(first.checksum()).isEqualTo(second.checksum());
		assertThat(first.downgrade().map(SqlRevisionParserTests::statements))
			.isEqualTo(second.downgrade().map(SqlRevisionParserTests::statements)).isNotEqualTo(Optional.empty());
	}

}
