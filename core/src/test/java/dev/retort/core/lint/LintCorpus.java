package dev.retort.core.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.retort.core.internal.script.SqlRevisionParser;
import dev.retort.core.script.Script;

/**
 * The labelled corpus in {@code src/test/resources/lint-corpus}: a "given" revision, then cases of
 * one revision each with the rules they must trigger.
 */
final class LintCorpus {

	private LintCorpus() {
	}

	static List<Case> read(String dialect) throws IOException {
		String text;
		try (InputStream in = LintCorpus.class.getResourceAsStream("/lint-corpus/" + dialect + ".sql")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String given = "";
		List<Case> cases = new ArrayList<>();
		Case current = null;
		StringBuilder body = new StringBuilder();
		boolean inGiven = false;
		for (String line : text.split("\n", -1)) {
			if (line.equals("-- given:")) {
				inGiven = true;
				continue;
			}
			if (line.startsWith("-- case: ")) {
				if (inGiven) {
					given = body.toString();
					inGiven = false;
				}
				else if (current != null) {
					cases.add(current.withBody(body.toString()));
				}
				body.setLength(0);
				current = new Case(line.substring(9), new TreeSet<>(), true, new LinkedHashMap<>(), "");
				continue;
			}
			if (current != null && line.startsWith("-- expect: ")) {
				String value = line.substring(11).strip();
				if (!value.equals("none")) {
					Arrays.stream(value.split(",")).map(String::strip).forEach(current.expected()::add);
				}
			}
			else if (current != null && line.equals("-- transactional: false")) {
				current = new Case(current.name(), current.expected(), false, current.squawkDiffers(), "");
			}
			else if (current != null && line.startsWith("-- squawk-differs: ")) {
				String rest = line.substring(19);
				int space = rest.indexOf(' ');
				current.squawkDiffers().put(rest.substring(0, space), rest.substring(space + 1));
			}
			else if (inGiven || current != null) {
				body.append(line).append('\n');
			}
		}
		if (current != null) {
			cases.add(current.withBody(body.toString()));
		}
		String givenSql = given;
		return cases.stream().map((c) -> c.withGiven(givenSql)).toList();
	}

	/**
	 * One case.
	 * @param name what it shows
	 * @param expected the rules that must fire
	 * @param transactional whether its revision is transactional
	 * @param squawkDiffers rule → why squawk answers otherwise on this case
	 * @param body the revision's upgrade SQL
	 */
	record Case(String name, Set<String> expected, boolean transactional, Map<String, String> squawkDiffers,
			String body, String given) {

		Case(String name, Set<String> expected, boolean transactional, Map<String, String> squawkDiffers, String body) {
			this(name, expected, transactional, squawkDiffers, body, "");
		}

		Case withBody(String sql) {
			return new Case(this.name, this.expected, this.transactional, this.squawkDiffers, sql.strip() + "\n",
					this.given);
		}

		Case withGiven(String sql) {
			return new Case(this.name, this.expected, this.transactional, this.squawkDiffers, this.body, sql);
		}

		/** The given revision and this case's, in run order, parsed as revision files are. */
		List<Script> scripts() {
			Script given = SqlRevisionParser.parse("corpus/g0_given.sql",
					"-- revision: g0\n-- migrate:upgrade\n" + this.given);
			Script revision = SqlRevisionParser.parse("corpus/c1_case.sql", "-- revision: c1\n-- down_revision: g0\n"
					+ (this.transactional ? "" : "-- transactional: false\n") + "-- migrate:upgrade\n" + this.body);
			return List.of(given, revision);
		}

	}

}
