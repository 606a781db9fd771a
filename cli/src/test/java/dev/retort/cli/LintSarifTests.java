package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code retort lint --format sarif} validates against the OASIS SARIF 2.1.0 JSON schema. */
class LintSarifTests {

	private static Schema schema;

	@TempDir
	Path project;

	@BeforeAll
	static void loadSchema() throws IOException {
		try (InputStream in = LintSarifTests.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
		}
	}

	private CliRun lint(String... extra) throws IOException {
		CliRun.projectWith(this.project, "lint-cli/revisions");
		Files.writeString(this.project.resolve("src/main/resources/db/revisions/d4_concurrent.sql"), """
				-- revision: d4
				-- down_revision: c3

				-- migrate:upgrade
				CREATE INDEX CONCURRENTLY users_email_idx2 ON users (email);
				\\set x 1
				""");
		String[] args = new String[3 + extra.length];
		System.arraycopy(new String[] { "--dialect", "postgresql", "lint" }, 0, args, 0, 3);
		System.arraycopy(extra, 0, args, 3, extra.length);
		return CliRun.inProcess(this.project, args);
	}

	@Test
	void sarifWithWarningsErrorsAndSuppressionsIsValid() throws IOException {
		CliRun run = lint("--format", "sarif");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		List<Error> errors = schema.validate(run.out(), InputFormat.JSON);
		assertThat(errors).isEmpty();
		assertThat(run.out()).contains("\"version\": \"2.1.0\"", "\"name\": \"retort\"",
				"\"ruleId\": \"index-without-concurrently\"", "\"ruleId\": \"client-command\"", "\"kind\": \"inSource\"",
				"\"justification\": \"the app reads full_name since release 4.2\"", "\"startLine\": 6");
	}

	@Test
	void sarifWithoutFindingsIsValid() throws IOException {
		CliRun.projectWith(this.project, "lint-cli/revisions");
		CliRun run = CliRun.inProcess(this.project, "--dialect", "postgresql", "lint", "a1", "--format", "sarif");
		assertThat(run.status()).isZero();
		assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
		assertThat(run.out()).contains("\"results\": []");
	}

	@Test
	void theSchemaCatchesAnInvalidLevel() throws IOException {
		String broken = lint("--format", "sarif").out().replace("\"level\": \"error\"", "\"level\": \"fatal\"");
		assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
	}

}
