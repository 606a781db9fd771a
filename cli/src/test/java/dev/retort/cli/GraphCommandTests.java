package dev.retort.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code retort graph} without a database: every format, ranges and bad arguments. */
class GraphCommandTests {

	@TempDir
	Path project;

	@BeforeEach
	void revisions() {
		CliRun.projectWith(this.project, "alembic-cli/revisions");
	}

	private CliRun graph(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "graph";
		System.arraycopy(args, 0, command, 1, args.length);
		return CliRun.inProcess(this.project, command);
	}

	@Test
	void textIsTheDefaultAndDrawsBranchesMergesLabelsAndDependencies() {
		CliRun run = graph();
		assertThat(run.status()).isZero();
		assertThat(run.out()).isEqualTo("""
				* 8c7b6a5d4e3f (head) (depends on 55af2cb1c267) reports need audit
				* 9b8a7c6d5e4f (reports) reports base

				* d5a1e6f7c8b9 (head) add email
				* 4f3d1c0b9e21 merge shop and audit
				|\\
				* | 3cac04ae8714 shop index
				* | 27c6a30d7c24 (shop) shop tables
				| * 55af2cb1c267 audit log
				|/
				* ae1027a6acf0 add col
				* 1975ea83b712 create account
				""");
	}

	@Test
	void rangeLimitsTheGraph() {
		assertThat(graph("ae1027a6acf0:4f3d1c0b9e21").out()).isEqualTo("""
				* 4f3d1c0b9e21 merge shop and audit
				|\\
				* | 3cac04ae8714 shop index
				* | 27c6a30d7c24 (shop) shop tables
				| * 55af2cb1c267 audit log
				|/
				* ae1027a6acf0 add col
				""");
	}

	@Test
	void everyFormatDrawsEveryRevision() {
		String[] ids = { "1975ea83b712", "ae1027a6acf0", "27c6a30d7c24", "3cac04ae8714", "55af2cb1c267",
				"4f3d1c0b9e21", "d5a1e6f7c8b9", "9b8a7c6d5e4f", "8c7b6a5d4e3f" };
		for (String format : new String[] { "dot", "mermaid", "svg", "json" }) {
			CliRun run = graph("--format", format);
			assertThat(run.status()).as(format).isZero();
			assertThat(run.out()).as(format).contains(ids);
		}
		assertThat(graph("--format", "dot").out()).startsWith("digraph revisions {")
			.contains("\"55af2cb1c267\" -> \"8c7b6a5d4e3f\" [style=dashed, label=\"depends_on\"");
		assertThat(graph("--format", "mermaid").out()).startsWith("flowchart TB");
		assertThat(graph("--format", "svg").out()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
		assertThat(graph("--format", "json").out()).startsWith("{\n  \"nodes\": [\n")
			.contains("\"state\": null")
			.contains("\"from\": \"55af2cb1c267\",\n      \"to\": \"8c7b6a5d4e3f\",\n      \"type\": \"depends_on\"");
	}

	@Test
	void unknownFormatFailsNamingTheFormats() {
		CliRun run = graph("--format", "png");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).isEqualTo("FAILED: Unknown graph format 'png'; use one of text, dot, mermaid, svg, json\n");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void badRangeFailsLikeHistory() {
		CliRun run = graph("ae1027a6acf0");
		assertThat(run.status()).isEqualTo(RetortCli.EXIT_FAILED);
		assertThat(run.err()).isEqualTo("FAILED: History range requires [start]:[end], [start]:, or :[end]\n");
	}

}
