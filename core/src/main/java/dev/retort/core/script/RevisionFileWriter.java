package dev.retort.core.script;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.internal.script.SqlRevisionParser;

/**
 * Writes the text of new SQL revision files, as {@code retort revision -m MSG} creates them: the
 * headers in the order of the file format, then an upgrade and a downgrade section.
 *
 * <pre class="code">
 * RevisionFileWriter writer = new RevisionFileWriter(Clock.systemDefaultZone());
 * String id = RevisionFileWriter.newRevisionId();
 * String text = writer.render(new RevisionHeader(id, List.of("1975ea83b712"), List.of(), List.of(),
 *         "add email column", "", "db/revisions"));
 * String name = RevisionFileWriter.fileName(id, "add email column"); // &lt;id&gt;_add_email_column.sql
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RevisionFileWriter {

	/** Longest slug in a file name, as Alembic's default {@code truncate_slug_length}. */
	public static final int MAX_SLUG_LENGTH = 40;

	/** The name of a user template for new SQL revisions, looked up in the first location. */
	public static final String SQL_TEMPLATE = "revision.sql.template";

	/** The name of a user template for new Java revisions, looked up in the first location. */
	public static final String JAVA_TEMPLATE = "revision.java.template";

	private static final Pattern VARIABLE = Pattern.compile("\\$?\\$\\{([^}\\s]*)}");

	private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
			Locale.ROOT);

	private final Clock clock;

	/**
	 * A writer that stamps {@code create_date} from the given clock, in the clock's time zone.
	 * @param clock the clock
	 */
	public RevisionFileWriter(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
	}

	/**
	 * A new revision id: the last 12 hex digits of a random UUID, as Alembic's {@code rev_id()}.
	 * @return 12 lowercase hex characters
	 */
	public static String newRevisionId() {
		UUID uuid = UUID.randomUUID();
		return String.format(Locale.ROOT, "%012x", uuid.getLeastSignificantBits() & 0xFFFF_FFFF_FFFFL);
	}

	/**
	 * The file name of a new revision: {@code <id>_<slug>.sql}, or {@code <id>.sql} when the
	 * message has no letters or digits.
	 * @param id the revision id
	 * @param message the message
	 * @return the file name
	 */
	public static String fileName(String id, String message) {
		String slug = slug(message);
		return slug.isEmpty() ? id + ".sql" : id + "_" + slug + ".sql";
	}

	/**
	 * The slug of a message: lowercase, every run of characters other than letters and digits
	 * turned into one {@code _}, no {@code _} at either end, and cut at a word boundary to at most
	 * {@value #MAX_SLUG_LENGTH} characters.
	 * @param message the message
	 * @return the slug, possibly empty
	 */
	public static String slug(String message) {
		StringBuilder slug = new StringBuilder();
		boolean separator = false;
		for (int i = 0; i < message.length(); i = message.offsetByCodePoints(i, 1)) {
			int c = message.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (separator && !slug.isEmpty()) {
					slug.append('_');
				}
				slug.appendCodePoint(Character.toLowerCase(c));
				separator = false;
			}
			else {
				separator = true;
			}
		}
		if (slug.length() <= MAX_SLUG_LENGTH) {
			return slug.toString();
		}
		String cut = slug.substring(0, MAX_SLUG_LENGTH);
		// a word that ends exactly at the limit is kept whole
		if (slug.charAt(MAX_SLUG_LENGTH) == '_') {
			return cut;
		}
		int boundary = cut.lastIndexOf('_');
		return (boundary > 0) ? cut.substring(0, boundary) : cut;
	}

	/**
	 * The text of a new revision file with placeholder comments in both sections.
	 * @param revision the id, parents, branch labels, dependencies and message; an empty
	 * {@link RevisionHeader#createDate()} is stamped from the clock; the source is ignored
	 * @return the file text, ending with a newline
	 */
	public String render(RevisionHeader revision) {
		return render(revision, List.of(), List.of());
	}

	/**
	 * The text of a new revision file with the given statements, for example from autogenerate.
	 * @param revision the id, parents, branch labels, dependencies and message; an empty
	 * {@link RevisionHeader#createDate()} is stamped from the clock; the source is ignored
	 * @param upgrade the upgrade statements without delimiters; empty for a placeholder comment
	 * @param downgrade the downgrade statements without delimiters; empty for a placeholder comment
	 * @return the file text, ending with a newline
	 */
	public String render(RevisionHeader revision, List<String> upgrade, List<String> downgrade) {
		String createDate = revision.createDate().isEmpty() ? CREATE_DATE.format(LocalDateTime.now(this.clock))
				: revision.createDate();
		StringBuilder out = new StringBuilder(256);
		header(out, "revision", revision.id());
		header(out, "down_revision", String.join(", ", revision.downRevisions()));
		header(out, "branch_labels", String.join(", ", revision.branchLabels()));
		header(out, "depends_on", String.join(", ", revision.dependsOn()));
		header(out, "message", oneLine(revision.message()));
		header(out, "create_date", createDate);
		out.append("\n-- migrate:upgrade\n");
		section(out, upgrade, "-- Write the upgrade statements here, each ending with ;");
		out.append("\n-- migrate:downgrade\n");
		section(out, downgrade, "-- Write the statements that undo the upgrade here. Without a '-- migrate:downgrade'\n"
				+ "-- section the revision cannot be downgraded.");
		return out.toString();
	}

	/**
	 * The text of a new revision file from a user template (Alembic's {@code script.py.mako}):
	 * {@code ${revision}}, {@code ${down_revision}}, {@code ${branch_labels}},
	 * {@code ${depends_on}} (comma-separated, empty when none), {@code ${message}},
	 * {@code ${create_date}}, {@code ${upgrades}} and {@code ${downgrades}} (the statements, each
	 * ending with {@code ;}, empty when none) are replaced; {@code $${name}} stands for the text
	 * {@code ${name}}. The result must be a valid revision file.
	 * @param templateName the template's file, for messages
	 * @param template the template text
	 * @param revision the id, parents, branch labels, dependencies and message
	 * @param upgrade the upgrade statements without delimiters
	 * @param downgrade the downgrade statements without delimiters
	 * @return the file text
	 * @throws RetortException with {@code INVALID_REVISION_FILE} naming the template and line of
	 * an unknown variable, or what is wrong with the file it renders
	 */
	public String render(String templateName, String template, RevisionHeader revision, List<String> upgrade,
			List<String> downgrade) {
		Map<String, String> values = values(revision);
		values.put("upgrades", statements(upgrade));
		values.put("downgrades", statements(downgrade));
		String text = fill(templateName, template, values);
		try {
			SqlRevisionParser.parse(revision.id() + "_" + slug(revision.message()) + ".sql", text).requireParsed();
		}
		catch (RetortException ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE,
					"The template " + templateName + " renders a file that is not a valid revision: " + ex.getMessage()
							+ "; fix the template (it needs at least '-- revision: ${revision}' and '-- migrate:upgrade')",
					ex);
		}
		return text;
	}

	/**
	 * The source of a new Java revision from a user template ({@code revision.java.template}): the
	 * variables of an SQL template, with {@code ${upgrades}} and {@code ${downgrades}} as Java
	 * statements, and {@code ${package}}, {@code ${class_name}} and {@code ${revision_annotation}}.
	 * @param templateName the template's file, for messages
	 * @param template the template text
	 * @param revision the id, parents, branch labels, dependencies and message
	 * @param packageName the package of the class, empty for none
	 * @param className the simple name of the class
	 * @param annotation the {@code @Revision(...)} text
	 * @param upgrade the body of {@code upgrade}
	 * @param downgrade the body of {@code downgrade}
	 * @return the source
	 * @throws RetortException with {@code INVALID_REVISION_FILE} naming the template and line of
	 * an unknown variable, or when it leaves out {@code ${class_name}}
	 */
	public String renderJava(String templateName, String template, RevisionHeader revision, String packageName,
			String className, String annotation, String upgrade, String downgrade) {
		if (!template.contains("${class_name}")) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, templateName + " has no ${class_name}; the"
					+ " class must be named after its file, so write 'public class ${class_name} implements Migration'");
		}
		Map<String, String> values = values(revision);
		values.put("upgrades", upgrade);
		values.put("downgrades", downgrade);
		values.put("package", packageName);
		values.put("class_name", className);
		values.put("revision_annotation", annotation);
		return fill(templateName, template, values);
	}

	private Map<String, String> values(RevisionHeader revision) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("revision", revision.id());
		values.put("down_revision", String.join(", ", revision.downRevisions()));
		values.put("branch_labels", String.join(", ", revision.branchLabels()));
		values.put("depends_on", String.join(", ", revision.dependsOn()));
		values.put("message", oneLine(revision.message()));
		values.put("create_date", revision.createDate().isEmpty() ? CREATE_DATE.format(LocalDateTime.now(this.clock))
				: revision.createDate());
		return values;
	}

	private static String fill(String templateName, String template, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder out = new StringBuilder(template.length() + 256);
		while (matcher.find()) {
			String value = matcher.group().startsWith("$$") ? matcher.group().substring(1) : values.get(matcher.group(1));
			if (value == null) {
				int line = (int) template.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
				throw new RetortException(ErrorCode.INVALID_REVISION_FILE, templateName + " line " + line
						+ ": unknown variable '" + matcher.group() + "'; a revision template knows "
						+ String.join(", ", values.keySet().stream().map((name) -> "${" + name + "}").toList()));
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String statements(List<String> statements) {
		StringBuilder out = new StringBuilder();
		for (String statement : statements) {
			out.append(out.isEmpty() ? "" : "\n").append(statement.strip()).append(';');
		}
		return out.toString();
	}

	private static void header(StringBuilder out, String key, String value) {
		out.append("-- ").append(key).append(':');
		if (!value.isEmpty()) {
			out.append(' ').append(value);
		}
		out.append('\n');
	}

	private static void section(StringBuilder out, List<String> statements, String placeholder) {
		if (statements.isEmpty()) {
			out.append(placeholder).append('\n');
			return;
		}
		for (String statement : statements) {
			out.append(statement.strip()).append(";\n");
		}
	}

	/** A header holds one line: line breaks in a message become spaces. */
	private static String oneLine(String message) {
		return message.strip().replaceAll("\\s*\\R\\s*", " ");
	}

}
