package dev.retort.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retort.core.lint.Finding;
import dev.retort.core.lint.Severity;

/** Lint findings as text for people, JSON for scripts and SARIF 2.1.0 for code-scanning tools. */
final class LintOutput {

	private LintOutput() {
	}

	static void text(List<Finding> findings, PrintStream out, Path project) {
		for (Finding finding : findings) {
			out.println(uri(finding.file(), project) + ":" + finding.line() + ": " + finding.severity().id() + " ["
					+ finding.category().id() + "/" + finding.rule() + "] revision " + finding.revision() + ": "
					+ finding.message()
					+ finding.suppressed().map((reason) -> " (suppressed: " + reason + ")").orElse(""));
			out.println("    " + firstLine(finding.statement()));
			if (finding.suppressed().isEmpty()) {
				out.println("    fix: " + finding.fix());
			}
		}
		long active = findings.stream().filter((finding) -> finding.atLeast(Severity.WARNING)).count();
		long errors = findings.stream().filter((finding) -> finding.atLeast(Severity.ERROR)).count();
		long suppressed = findings.size() - active;
		if (findings.isEmpty()) {
			out.println("No lint findings.");
		}
		else {
			out.println(active + " lint finding(s): " + errors + " error(s), " + (active - errors) + " warning(s); "
					+ suppressed + " suppressed.");
		}
	}

	private static String firstLine(String statement) {
		int end = statement.indexOf('\n');
		return (end < 0) ? statement : statement.substring(0, end) + " ...";
	}

	static String json(List<Finding> findings) {
		return Json.write(Map.of("findings", findings.stream().map(LintOutput::jsonFinding).toList()));
	}

	private static Map<String, Object> jsonFinding(Finding finding) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("revision", finding.revision());
		out.put("file", finding.file());
		out.put("line", finding.line());
		out.put("statement", finding.statement());
		out.put("rule", finding.rule());
		out.put("category", finding.category().id());
		out.put("severity", finding.severity().id());
		out.put("message", finding.message());
		out.put("fix", finding.fix());
		out.put("suppressed", finding.suppressed().orElse(null));
		return out;
	}

	/**
	 * A SARIF 2.1.0 log with one run: the rules that fired, and one result per finding, located in
	 * the file relative to the project folder when it lies there.
	 */
	static String sarif(List<Finding> findings, Path project) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		List<Object> rules = new ArrayList<>();
		List<Object> results = new ArrayList<>();
		for (Finding finding : findings) {
			Integer index = ruleIndex.get(finding.rule());
			if (index == null) {
				index = rules.size();
				ruleIndex.put(finding.rule(), index);
				rules.add(sarifRule(finding));
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("ruleId", finding.rule());
			result.put("ruleIndex", index);
			result.put("level", finding.severity().id());
			result.put("message", Map.of("text", finding.message() + " Fix: " + finding.fix()));
			Map<String, Object> physical = new LinkedHashMap<>();
			physical.put("artifactLocation", Map.of("uri", uri(finding.file(), project)));
			if (finding.line() > 0) {
				physical.put("region", Map.of("startLine", finding.line(), "snippet", Map.of("text", finding.statement())));
			}
			result.put("locations", List.of(Map.of("physicalLocation", physical)));
			finding.suppressed()
				.ifPresent((reason) -> result.put("suppressions",
						List.of(Map.of("kind", "inSource", "justification", reason))));
			result.put("properties", Map.of("revision", finding.revision(), "category", finding.category().id()));
			results.add(result);
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "retort");
		driver.put("informationUri", "https://github.com/retort-dev/retort/blob/main/docs/lint.md");
		String version = LintOutput.class.getPackage().getImplementationVersion();
		driver.put("version", (version != null) ? version : "0.1.0-SNAPSHOT");
		driver.put("rules", rules);
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		log.put("version", "2.1.0");
		log.put("runs", List.of(Map.of("tool", Map.of("driver", driver), "results", results)));
		return Json.write(log);
	}

	private static Map<String, Object> sarifRule(Finding finding) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("id", finding.rule());
		rule.put("shortDescription", Map.of("text", finding.category().id() + ": " + finding.rule()));
		rule.put("help", Map.of("text", finding.fix()));
		rule.put("defaultConfiguration", Map.of("level", finding.severity().id()));
		rule.put("properties", Map.of("category", finding.category().id(), "tags", List.of(finding.category().id())));
		return rule;
	}

	/** A project-relative path when the file lies in the project (or its resources), else the source as given. */
	static String uri(String source, Path project) {
		Path path = null;
		if (source.startsWith("filesystem:")) {
			path = Path.of(source.substring("filesystem:".length()));
		}
		else if (source.startsWith("classpath:")) {
			path = project.resolve("src/main/resources").resolve(source.substring("classpath:".length()));
		}
		else if (!source.contains(":")) {
			path = Path.of(source);
		}
		if (path != null) {
			Path absolute = project.resolve(path).normalize();
			if (absolute.startsWith(project.normalize()) && Files.exists(absolute)) {
				return project.normalize().relativize(absolute).toString().replace('\\', '/');
			}
		}
		return source.replace('\\', '/').replace(" ", "%20");
	}

}
