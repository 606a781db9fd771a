package dev.retort.core.internal.script;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatementSplitterTests {

	private static List<String> split(String sql) {
		return StatementSplitter.split(sql);
	}

	@Nested
	class Basics {

		@Test
		void splitsOnSemicolonsAndTrims() {
			assertThat(split("  CREATE TABLE a (id INT);\n\nINSERT INTO a VALUES (1) ;  SELECT 1"))
				.containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)", "SELECT 1");
		}

		@Test
		void emptyAndCommentOnlyTextHasNoStatements() {
			assertThat(split("")).isEmpty();
			assertThat(split(" \n\t\n")).isEmpty();
			assertThat(split("-- nothing here\n/* nor here */\n;;\n-- trailing")).isEmpty();
		}

		@Test
		void keepsCommentsInsideAndBeforeAStatement() {
			assertThat(split("-- the users\nCREATE TABLE users (\n  id INT -- key\n);\n-- done\n"))
				.containsExactly("-- the users\nCREATE TABLE users (\n  id INT -- key\n)");
		}

		@Test
		void keepsLineBreaksOfTheOriginal() {
			assertThat(split("SELECT 1\r\nFROM dual;\r\n")).containsExactly("SELECT 1\r\nFROM dual");
		}

	}

	@Nested
	class Quoting {

		@Test
		void semicolonsInsideSingleQuotesDoNotSplit() {
			assertThat(split("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT ';'"))
				.containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT ';'");
		}

		@Test
		void emptyStringsAndAdjacentQuotes() {
			assertThat(split("SELECT '', '''', 'a''''b';SELECT 2"))
				.containsExactly("SELECT '', '''', 'a''''b'", "SELECT 2");
		}

		@Test
		void doubleQuotedIdentifiersAndBackticks() {
			assertThat(split("CREATE TABLE \"we;ird\"\"name\" (`semi;colon` INT, `a``b` INT); SELECT 1"))
				.containsExactly("CREATE TABLE \"we;ird\"\"name\" (`semi;colon` INT, `a``b` INT)", "SELECT 1");
		}

		@Test
		void postgresEscapeStringsUseBackslashes() {
			assertThat(split("SELECT E'it\\'s; ok', e'\\\\';SELECT 2"))
				.containsExactly("SELECT E'it\\'s; ok', e'\\\\'", "SELECT 2");
		}

		@Test
		void backslashInPlainTextIsNotAnEscape() {
			assertThat(split("INSERT INTO paths VALUES ('C:\\');SELECT 2"))
				.containsExactly("INSERT INTO paths VALUES ('C:\\')", "SELECT 2");
		}

		@Test
		void aWordEndingInEBeforeAQuoteIsNotAnEscapeString() {
			assertThat(split("SELECT name'\\';SELECT 2")).containsExactly("SELECT name'\\'", "SELECT 2");
		}

		@Test
		void quotesInsideCommentsAreIgnored() {
			assertThat(split("-- don't split; here\nSELECT 1; /* it's \"fine\"; */ SELECT 2"))
				.containsExactly("-- don't split; here\nSELECT 1", "/* it's \"fine\"; */ SELECT 2");
		}

		@Test
		void multiLineStringsStayWhole() {
			assertThat(split("INSERT INTO t VALUES ('line 1;\n-- not a comment;\nline 3');"))
				.containsExactly("INSERT INTO t VALUES ('line 1;\n-- not a comment;\nline 3')");
		}

	}

	@Nested
	class DollarQuoting {

		@Test
		void functionBodyInDoubleDollars() {
			String function = """
					CREATE FUNCTION touch() RETURNS trigger AS $$
					BEGIN
					  NEW.updated_at := now();
					  RETURN NEW;
					END;
					$$ LANGUAGE plpgsql""";
			assertThat(split(function + ";\nCREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();"))
				.containsExactly(function, "CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");
		}

		@Test
		void taggedDollarQuotesNestOtherTags() {
			String block = "DO $outer$ BEGIN EXECUTE $inner$ SELECT 1; $inner$; END $outer$";
			assertThat(split(block + ";SELECT 2;")).containsExactly(block, "SELECT 2");
		}

		@Test
		void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
			assertThat(split("PREPARE p AS SELECT $1, a$b$c FROM t; SELECT 2"))
				.containsExactly("PREPARE p AS SELECT $1, a$b$c FROM t", "SELECT 2");
		}

		@Test
		void quotesInsideDollarQuotesDoNotMatter() {
			assertThat(split("SELECT $x$it's; \"odd$x$; SELECT 2")).containsExactly("SELECT $x$it's; \"odd$x$", "SELECT 2");
		}

	}

	@Nested
	class Comments {

		@Test
		void nestedBlockComments() {
			assertThat(split("/* outer /* inner; */ still; comment */ SELECT 1; SELECT 2"))
				.containsExactly("/* outer /* inner; */ still; comment */ SELECT 1", "SELECT 2");
		}

		@Test
		void lineCommentRunsToEndOfLineOnly() {
			assertThat(split("SELECT 1 -- a; b\n; SELECT 2")).containsExactly("SELECT 1 -- a; b", "SELECT 2");
		}

		@Test
		void divisionAndMinusAreNotComments() {
			assertThat(split("SELECT 4/2, 3-1; SELECT 2")).containsExactly("SELECT 4/2, 3-1", "SELECT 2");
		}

	}

	@Nested
	class CompoundStatements {

		@Test
		void mariadbTriggerBodyWithIfAndNestedBegin() {
			String trigger = """
					CREATE TRIGGER users_bi BEFORE INSERT ON users FOR EACH ROW
					BEGIN
					  IF NEW.email IS NULL THEN
					    SET NEW.email = CONCAT(NEW.name, '@example.com');
					  END IF;
					  BEGIN
					    DECLARE x INT DEFAULT 0;
					    SET x = x + 1;
					  END;
					END""";
			assertThat(split(trigger + ";\nINSERT INTO users (name) VALUES ('a');"))
				.containsExactly(trigger, "INSERT INTO users (name) VALUES ('a')");
		}

		@Test
		void procedureWithLoopsCaseAndLabels() {
			String procedure = """
					CREATE DEFINER=`root`@`localhost` PROCEDURE fill(IN n INT)
					BEGIN
					  DECLARE i INT DEFAULT 0;
					  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; END;
					  outer_loop: LOOP
					    SET i = i + 1;
					    IF i > n THEN LEAVE outer_loop; END IF;
					    CASE WHEN i % 2 = 0 THEN INSERT INTO evens VALUES (i);
					         ELSE INSERT INTO odds VALUES (i);
					    END CASE;
					    SET @kind = CASE i WHEN 1 THEN 'one' ELSE 'many' END;
					    WHILE i < 0 DO SET i = i + 1; END WHILE;
					    REPEAT SET i = i + 0; UNTIL TRUE END REPEAT;
					  END LOOP outer_loop;
					END""";
			assertThat(split(procedure + ";\nCALL fill(3);")).containsExactly(procedure, "CALL fill(3)");
		}

		@Test
		void createOrReplaceFunctionWithBody() {
			String function = "CREATE OR REPLACE FUNCTION f() RETURNS INT DETERMINISTIC BEGIN DECLARE r INT; SET r = 1; RETURN r; END";
			assertThat(split(function + "; SELECT f();")).containsExactly(function, "SELECT f()");
		}

		@Test
		void postgresBeginAtomicFunctionBody() {
			String function = "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END";
			assertThat(split(function + ";SELECT one();")).containsExactly(function, "SELECT one()");
		}

		@Test
		void anonymousBlocks() {
			String mariadb = "BEGIN NOT ATOMIC DECLARE x INT; SET x = 1; END";
			String plsql = "DECLARE x INT; BEGIN x := 1; END";
			assertThat(split(mariadb + ";\n" + plsql + ";\nSELECT 1;")).containsExactly(mariadb, plsql, "SELECT 1");
		}

		@Test
		void triggerWithoutBodySplitsNormally() {
			assertThat(split("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = CASE WHEN 1 THEN 2 END; SELECT 1;"))
				.containsExactly("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = CASE WHEN 1 THEN 2 END",
						"SELECT 1");
		}

		@Test
		void sqlServerStyleTryCatchBlocks() {
			String block = "CREATE PROCEDURE p AS BEGIN BEGIN TRY SELECT 1; END TRY BEGIN CATCH SELECT 2; END CATCH END";
			assertThat(split(block + ";SELECT 3")).containsExactly(block, "SELECT 3");
		}

	}

	@Nested
	class Transactions {

		@Test
		void plainBeginIsATransactionStatement() {
			assertThat(split("BEGIN;\nINSERT INTO a VALUES (1);\nCOMMIT;"))
				.containsExactly("BEGIN", "INSERT INTO a VALUES (1)", "COMMIT");
		}

		@Test
		void beginTransactionVariants() {
			assertThat(split("BEGIN TRANSACTION; SELECT 1; END; begin work; SELECT 2; begin -- note\n; SELECT 3;"
					+ " BEGIN ISOLATION LEVEL SERIALIZABLE; BEGIN NOT DEFERRABLE; BEGIN IMMEDIATE; SELECT 4"))
				.containsExactly("BEGIN TRANSACTION", "SELECT 1", "END", "begin work", "SELECT 2", "begin -- note",
						"SELECT 3", "BEGIN ISOLATION LEVEL SERIALIZABLE", "BEGIN NOT DEFERRABLE", "BEGIN IMMEDIATE",
						"SELECT 4");
		}

		@Test
		void beginAndEndAsColumnNamesDoNotOpenBlocks() {
			assertThat(split("CREATE TABLE spans (begin INT, \"end\" INT); SELECT begin FROM spans; SELECT s.end FROM spans s;"))
				.containsExactly("CREATE TABLE spans (begin INT, \"end\" INT)", "SELECT begin FROM spans",
						"SELECT s.end FROM spans s");
		}

		@Test
		void tableNamedFunctionIsNotABlock() {
			assertThat(split("CREATE TABLE function (id INT); SELECT 1")).containsExactly("CREATE TABLE function (id INT)",
					"SELECT 1");
		}

	}

	@Nested
	class Delimiter {

		@Test
		void directiveChangesTheDelimiterUntilTheNextDirective() {
			String sql = """
					CREATE TABLE a (id INT);
					-- migrate:statement-delimiter: //
					CREATE PROCEDURE p()
					BEGIN
					  SELECT 1;
					END //
					CREATE PROCEDURE q() SELECT 2 //
					-- migrate:statement-delimiter: ;
					DROP TABLE a;
					""";
			assertThat(split(sql)).containsExactly("CREATE TABLE a (id INT)",
					"CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "CREATE PROCEDURE q() SELECT 2", "DROP TABLE a");
		}

		@Test
		void directiveEndsAStatementWithoutDelimiter() {
			assertThat(split("SELECT 1\n-- migrate:statement-delimiter: $$\nSELECT 2 $$ SELECT 3"))
				.containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
		}

		@Test
		void customDelimiterIsIgnoredInsideQuotesAndComments() {
			assertThat(split("-- migrate:statement-delimiter: //\nSELECT '//' /* // */ //\n-- a // b\nSELECT 2"))
				.containsExactly("SELECT '//' /* // */", "-- a // b\nSELECT 2");
		}

		@Test
		void directiveInsideAStringIsText() {
			assertThat(split("SELECT '\n-- migrate:statement-delimiter: //\n'; SELECT 2"))
				.containsExactly("SELECT '\n-- migrate:statement-delimiter: //\n'", "SELECT 2");
		}

		@Test
		void indentedDirectiveCounts() {
			assertThat(split("  -- migrate:statement-delimiter: GO\nSELECT 1; SELECT 2\nGO")).containsExactly("SELECT 1; SELECT 2");
		}

		@Test
		void invalidDirectivesAreErrors() {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("SELECT 1;\n-- migrate:statement-delimiter:\n", "x.sql", 10))
				.withMessageStartingWith("x.sql line 11: invalid statement delimiter ''")
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE));
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("-- migrate:statement_delimiter: //\n", "x.sql", 4))
				.withMessageStartingWith("x.sql line 4: unknown directive '-- migrate:statement_delimiter: //'");
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("-- migrate:statement-delimiter: --\n", "x.sql", 4))
				.withMessageContaining("would start a comment");
		}

	}

	@Nested
	class Errors {

		@Test
		void unterminatedQuoteNamesItsLine() {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("SELECT 1;\nSELECT 'it\\'s';\n", "db/revisions/a_b.sql", 5))
				.withMessage("db/revisions/a_b.sql line 6: unterminated quoted text starting with '; close it with ' "
						+ "(write '' for a quote inside text; backslash escapes only work in E'...')");
		}

		@Test
		void unterminatedIdentifiersCommentsAndDollarQuotes() {
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> split("SELECT \"x"))
				.withMessageContaining("unterminated double-quoted identifier");
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> split("SELECT `x"))
				.withMessageContaining("unterminated backtick-quoted identifier");
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> split("SELECT 1;\n\n/* /* */"))
				.withMessageStartingWith("<sql> line 3: unterminated /* comment");
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> split("SELECT $body$ x $other$"))
				.withMessageContaining("unterminated dollar-quoted text starting with $body$; close it with $body$");
		}

	}

	/** Issue 14: SQL written for psql and the mysql/mariadb client runs as those clients run it. */
	@Nested
	class NativeClients {

		@Test
		void copyFromStdinKeepsItsDataLinesUpToTheEndMarker() {
			String sql = "SET search_path = public;\n"
					+ "COPY actor (actor_id, first_name, note) FROM stdin;\n"
					+ "1\tPENELOPE\t\\N\n"
					+ "2\tNICK; not a delimiter\tit's\\ttab\n"
					+ "\\.\n"
					+ "SELECT 1;\n";
			assertThat(split(sql)).containsExactly("SET search_path = public",
					"COPY actor (actor_id, first_name, note) FROM stdin;\n1\tPENELOPE\t\\N\n"
							+ "2\tNICK; not a delimiter\tit's\\ttab\n\\.",
					"SELECT 1");
		}

		@Test
		void copyWithCsvOptionsAndCrLfLineEnds() {
			String sql = "COPY t FROM STDIN WITH (FORMAT csv);\r\na,\"b;\r\nc\"\r\n\\.\r\nSELECT 2;";
			assertThat(split(sql)).containsExactly("COPY t FROM STDIN WITH (FORMAT csv);\r\na,\"b;\r\nc\"\r\n\\.",
					"SELECT 2");
			CopyFromStdin copy = CopyFromStdin.of(split(sql).get(0)).orElseThrow();
			assertThat(copy.command()).isEqualTo("COPY t FROM STDIN WITH (FORMAT csv)");
			assertThat(copy.data()).isEqualTo("a,\"b;\nc\"\n");
		}

		@Test
		void copyToStdoutAndCopyFromAFileHaveNoData() {
			assertThat(split("COPY t TO stdout;\nSELECT 1;\nCOPY t FROM '/tmp/x';\nSELECT 2;"))
				.containsExactly("COPY t TO stdout", "SELECT 1", "COPY t FROM '/tmp/x'", "SELECT 2");
		}

		@Test
		void copyDataWithoutEndMarkerIsAnError() {
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("SELECT 1;\nCOPY t FROM stdin;\n1\n2\n", "x.sql", 3))
				.withMessageStartingWith("x.sql line 4: the data of this COPY ... FROM stdin has no end");
		}

		@Test
		void delimiterLinesAsTheMariadbClientReadsThem() {
			String sql = """
					CREATE TABLE a (id INT);
					DELIMITER $$
					CREATE PROCEDURE p()
					BEGIN
					  SELECT 1;
					END$$
					DROP PROCEDURE IF EXISTS q$$
					delimiter //
					CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END//
					DELIMITER ;;
					CREATE FUNCTION f() RETURNS INT RETURN 1;;
					DELIMITER ;
					DROP TABLE a;
					""";
			assertThat(split(sql)).containsExactly("CREATE TABLE a (id INT)",
					"CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "DROP PROCEDURE IF EXISTS q",
					"CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END",
					"CREATE FUNCTION f() RETURNS INT RETURN 1", "DROP TABLE a");
		}

		@Test
		void endGluedToAnyCustomDelimiterEndsTheStatement() {
			for (String delimiter : new String[] { "$$", "//", ";;", "GO" }) {
				String sql = "-- migrate:statement-delimiter: " + delimiter + "\nCREATE PROCEDURE p() BEGIN SELECT 1; END"
						+ delimiter + "\nDROP PROCEDURE p" + delimiter + "\n";
				assertThat(split(sql)).as(delimiter)
					.containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "DROP PROCEDURE p");
			}
		}

		@Test
		void conditionalCommentsAreCodeAndPassThrough() {
			assertThat(split("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */;\n/*M!100100 SET x=1 */;\n/* a comment */;\n"
					+ "CREATE TABLE a (id INT) /*!50100 ENGINE=InnoDB */;"))
				.containsExactly("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */", "/*M!100100 SET x=1 */",
						"CREATE TABLE a (id INT) /*!50100 ENGINE=InnoDB */");
		}

		@Test
		void hashCommentsAtLineStartAndBackslashEscapesAfterAMysqlMark() {
			String sql = "# it's a comment; really\nCREATE TABLE `a` (b TEXT);\nINSERT INTO a VALUES ('it\\'s; ok');\nSELECT 2;";
			assertThat(split(sql)).containsExactly("# it's a comment; really\nCREATE TABLE `a` (b TEXT)",
					"INSERT INTO a VALUES ('it\\'s; ok')", "SELECT 2");
			// without a MySQL mark, PostgreSQL's rules: '#' in a line is an operator, '\' is text
			assertThat(split("SELECT 5 # 3;\nSELECT 'C:\\';")).containsExactly("SELECT 5 # 3", "SELECT 'C:\\'");
		}

		@Test
		void standardConformingStringsOffMakesBackslashAnEscapeAsInPsql() {
			assertThat(split("SET standard_conforming_strings = off;\nSELECT 'it\\'s; one';\n"
					+ "SET standard_conforming_strings = on;\nSELECT 'C:\\';"))
				.containsExactly("SET standard_conforming_strings = off", "SELECT 'it\\'s; one'",
						"SET standard_conforming_strings = on", "SELECT 'C:\\'");
		}

		@Test
		void psqlMetaCommandsAreRefusedWithFileAndLine() {
			for (String command : new String[] { "\\connect other", "\\c other", "\\set x 1", "\\i other.sql",
					"\\if :x", "\\gset", "\\." }) {
				assertThatExceptionOfType(RetortException.class).as(command)
					.isThrownBy(() -> StatementSplitter.split("SELECT 1;\n\n  " + command + "\nSELECT 2;\n", "a_b.sql", 7))
					.withMessageStartingWith("a_b.sql line 9: '" + command + "' is a command of the client")
					.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION_FILE));
			}
			assertThatExceptionOfType(RetortException.class)
				.isThrownBy(() -> StatementSplitter.split("SELECT 1;\nsource other.sql\n", "a_b.sql", 1))
				.withMessageStartingWith("a_b.sql line 2: 'source other.sql' is a command of the mysql client");
		}

		@Test
		void backslashesInsideTextAreNotCommands() {
			assertThat(split("SELECT E'\n\\set x';\nSELECT $$\n\\connect$$;"))
				.containsExactly("SELECT E'\n\\set x'", "SELECT $$\n\\connect$$");
		}

		@Test
		void labelsNameTheFirstLineOfSqlNotAComment() {
			assertThat(StatementLabel.of("-- create the table\n/* multi\nline */\n# hash\nCREATE TABLE a (\n id INT)"))
				.isEqualTo("CREATE TABLE a (");
			assertThat(StatementLabel.of("/*!40101 SET NAMES utf8 */")).isEqualTo("/*!40101 SET NAMES utf8 */");
			assertThat(StatementLabel.of("-- only a comment")).isEqualTo("-- only a comment");
		}

	}

}
