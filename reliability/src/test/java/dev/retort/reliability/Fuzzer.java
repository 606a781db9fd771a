package dev.retort.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Makes bad (and sometimes still valid) revision folders from a valid one, reproducibly: case
 * {@code n} of seed {@code s} is always the same files and command.
 *
 * <p>The valid folder is a chain {@code rev001 <- ... <- rev005} with a branch label on rev002 and
 * a dependency of rev004 on rev001. Cases start from a database where rev001 and rev002 are applied.
 */
final class Fuzzer {

	static final int BASE_REVISIONS = 5;

	static final int APPLIED = 2;

	/**
	 * One generated case.
	 * @param number its number
	 * @param mutations what was done to the folder, for reports
	 * @param files file name to content
	 * @param command the CLI command (without connection options)
	 * @param names what the FAILED line must mention when the case fails: any of these (file names, ids, arguments)
	 */
	record Case(int number, List<String> mutations, Map<String, byte[]> files, List<String> command, List<String> names) {

		String describe() {
			return "case " + this.number + " " + this.mutations + " " + this.command;
		}

	}

	private final long seed;

	Fuzzer(long seed) {
		this.seed = seed;
	}

	static Map<String, byte[]> validFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 1; i <= BASE_REVISIONS; i++) {
			files.put(name(i), valid(i).getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

	static String name(int i) {
		return RevisionFiles.id(i) + "_fuzz_" + i + ".sql";
	}

	static String valid(int i) {
		StringBuilder text = new StringBuilder("-- revision: ").append(RevisionFiles.id(i)).append('\n');
		if (i > 1) {
			text.append("-- down_revision: ").append(RevisionFiles.id(i - 1)).append('\n');
		}
		if (i == 2) {
			text.append("-- branch_labels: core\n");
		}
		if (i == 4) {
			text.append("-- depends_on: ").append(RevisionFiles.id(1)).append('\n');
		}
		text.append("-- message: fuzz ").append(i).append((i == 5) ? " añadir índice" : "").append('\n');
		text.append("-- create_date: 2026-01-0").append(i).append(" 00:00:00\n\n");
		text.append("-- migrate:upgrade\nCREATE TABLE f").append(i).append(" (id INT, note VARCHAR(20) DEFAULT 'a;b');\n\n");
		text.append("-- migrate:downgrade\nDROP TABLE f").append(i).append(";\n");
		return text.toString();
	}

	Case generate(int number) {
		Random random = new Random(this.seed * 1_000_003L + number);
		Map<String, byte[]> files = validFiles();
		List<String> mutations = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int count = (random.nextInt(4) == 0) ? 2 : 1;
		for (int m = 0; m < count; m++) {
			Mutation mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
			int target = 1 + random.nextInt(BASE_REVISIONS);
			String file = name(target);
			if (!files.containsKey(file)) {
				file = files.keySet().iterator().next();
			}
			names.add(file);
			names.add(RevisionFiles.id(target));
			mutations.add(mutation.name() + "@" + file);
			mutation.action().accept(new Target(random, files, file, target, names));
		}
		List<String> command = COMMANDS.get(random.nextInt(COMMANDS.size()));
		names.addAll(command);
		return new Case(number, List.copyOf(mutations), files, command, List.copyOf(names));
	}

	static final List<List<String>> COMMANDS = List.of(List.of("upgrade", "heads"), List.of("upgrade", "heads"),
			List.of("upgrade", "heads"), List.of("upgrade", "+1"), List.of("upgrade", "core@head"),
			List.of("downgrade", "base"), List.of("current"), List.of("history", "-i"), List.of("heads"),
			List.of("validate"), List.of("show", "rev003"), List.of("stamp", "heads"), List.of("branches"));

	/** What a mutation works on. */
	record Target(Random random, Map<String, byte[]> files, String file, int revision, List<String> names) {

		String text() {
			return new String(this.files.get(this.file), StandardCharsets.UTF_8);
		}

		void text(String text) {
			this.files.put(this.file, text.getBytes(StandardCharsets.UTF_8));
		}

		void replaceLine(String prefix, String replacement) {
			String text = text();
			List<String> lines = new ArrayList<>(text.lines().toList());
			boolean found = false;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(prefix)) {
					found = true;
					if (replacement == null) {
						lines.remove(i);
					}
					else {
						lines.set(i, replacement);
					}
					break;
				}
			}
			if (!found && replacement != null) {
				lines.add(1, replacement);
			}
			text(String.join("\n", lines) + "\n");
		}

		String otherId() {
			int other = 1 + this.random.nextInt(BASE_REVISIONS);
			return RevisionFiles.id(other);
		}

		String garbage(int length) {
			StringBuilder text = new StringBuilder();
			String alphabet = "abcXYZ019_-;:,@ '\"$`/*\\\t\n()[]{}#%&=+<>|~!?.\u00e9\u4e2d\u0000\u00a0";
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
			}
			return text.toString();
		}

	}

	/** A named change to a revision folder. */
	record Mutation(String name, Consumer<Target> action) {

	}

	private static Mutation of(String name, Consumer<Target> action) {
		return new Mutation(name, action);
	}

	private static final String[] BAD_IDS = { "", " ", "a b", "a,b", "a@b", "rev 003", "r\u00e9v", "x".repeat(200),
			"rev003;DROP", "-", "rev003\u0000", "head", "base", "heads", "\u202erev", "rev003 rev004" };

	static final List<Mutation> MUTATIONS = List.of(
			// headers
			of("header-key-typo", (t) -> {
				String text = t.text();
				int at = text.indexOf(t.random().nextBoolean() ? "down_revision" : "revision");
				if (at >= 0) {
					int pos = at + t.random().nextInt(8);
					t.text(text.substring(0, pos) + (char) ('a' + t.random().nextInt(26)) + text.substring(pos + 1));
				}
			}),
			of("header-uppercase", (t) -> t.text(t.text().replace("-- revision:", "-- Revision:"))),
			of("header-unknown-key", (t) -> t.replaceLine("-- message:", "-- mesage: typo")),
			of("header-duplicate", (t) -> t.text("-- revision: " + t.otherId() + "\n" + t.text())),
			of("header-missing-revision", (t) -> t.replaceLine("-- revision:", null)),
			of("header-after-body", (t) -> t.text(t.text() + "\n-- revision: " + t.otherId() + "\n")),
			of("header-no-colon", (t) -> t.text(t.text().replaceFirst("-- down_revision:", "-- down_revision"))),
			of("header-huge-value", (t) -> t.replaceLine("-- message:", "-- message: " + "m".repeat(100_000))),
			of("header-transactional-bad", (t) -> t.replaceLine("-- message:",
					"-- transactional: " + new String[] { "maybe", "", "FALSE", "no", "0" }[t.random().nextInt(5)])),
			// ids
			of("id-invalid", (t) -> {
				String id = BAD_IDS[t.random().nextInt(BAD_IDS.length)];
				t.names().add(id.strip().isEmpty() ? "revision" : id);
				t.replaceLine("-- revision:", "-- revision: " + id);
			}),
			of("id-duplicate", (t) -> {
				String other = t.otherId();
				t.names().add(other);
				String text = t.text().replaceFirst("-- revision: \\S+", "-- revision: " + other);
				t.files().remove(t.file());
				String name = other + "_dup_" + t.revision() + ".sql";
				t.names().add(name);
				t.files().put(name, text.getBytes(StandardCharsets.UTF_8));
			}),
			of("id-file-name-mismatch", (t) -> {
				byte[] content = t.files().remove(t.file());
				String name = "zz" + t.random().nextInt(100) + "_renamed.sql";
				t.names().add(name);
				t.files().put(name, content);
			}),
			of("file-name-odd", (t) -> {
				byte[] content = t.files().remove(t.file());
				String[] names = { RevisionFiles.id(t.revision()) + ".sql", RevisionFiles.id(t.revision()) + "_x.SQL",
						RevisionFiles.id(t.revision()) + "_x.sql.bak", "." + t.file(), RevisionFiles.id(t.revision()) + "_ .sql",
						RevisionFiles.id(t.revision()) + "_x y.sql" };
				String name = names[t.random().nextInt(names.length)];
				t.names().add(name);
				t.files().put(name, content);
			}),
			// parents and the graph
			of("parent-dangling", (t) -> {
				t.names().add("nosuch");
				t.replaceLine("-- down_revision:", "-- down_revision: nosuch" + t.random().nextInt(10));
			}),
			of("parent-self", (t) -> t.replaceLine("-- down_revision:", "-- down_revision: " + RevisionFiles.id(t.revision()))),
			of("parent-cycle", (t) -> {
				int later = t.revision() + 1 + t.random().nextInt(BASE_REVISIONS - t.revision() + 1);
				later = Math.min(later, BASE_REVISIONS);
				t.names().add(RevisionFiles.id(later));
				t.replaceLine("-- down_revision:", "-- down_revision: " + RevisionFiles.id(later));
			}),
			of("parent-list-garbage", (t) -> t.replaceLine("-- down_revision:",
					"-- down_revision: " + new String[] { ",", "rev001,,rev002", "rev001 rev002", "(rev001)", "'rev001'",
							"rev001, rev001", "[]", "None" }[t.random().nextInt(8)])),
			of("parent-second-base", (t) -> t.replaceLine("-- down_revision:", null)),
			of("label-duplicate", (t) -> t.replaceLine("-- message:", "-- branch_labels: core")),
			of("label-is-an-id", (t) -> t.replaceLine("-- message:", "-- branch_labels: " + t.otherId())),
			of("label-invalid", (t) -> t.replaceLine("-- message:",
					"-- branch_labels: " + new String[] { "a b", "x@y", "head", "base", ",", "a,a" }[t.random().nextInt(6)])),
			of("depends-dangling", (t) -> {
				t.names().add("ghost");
				t.replaceLine("-- message:", "-- depends_on: ghost");
			}),
			of("depends-self", (t) -> t.replaceLine("-- message:", "-- depends_on: " + RevisionFiles.id(t.revision()))),
			// sections and delimiters
			of("section-upgrade-missing", (t) -> t.text(t.text().replace("-- migrate:upgrade\n", ""))),
			of("section-upgrade-typo", (t) -> t.text(t.text().replace("-- migrate:upgrade", "-- migrate:upgrad"))),
			of("section-downgrade-missing", (t) -> t.text(t.text().replaceAll("-- migrate:downgrade\n.*\n", ""))),
			of("section-duplicate", (t) -> t.text(t.text() + "\n-- migrate:upgrade\nSELECT 1;\n")),
			of("section-order-swapped", (t) -> t.text(t.text().replace("-- migrate:upgrade", "-- migrate:TMP")
				.replace("-- migrate:downgrade", "-- migrate:upgrade")
				.replace("-- migrate:TMP", "-- migrate:downgrade"))),
			of("section-empty-upgrade", (t) -> t.text(t.text().replaceAll("(-- migrate:upgrade\n)[^\n]*\n", "$1"))),
			of("delimiter-directive", (t) -> t.text(t.text().replace("-- migrate:upgrade\n", "-- migrate:upgrade\n"
					+ "-- migrate:statement-delimiter: "
					+ new String[] { "//", "", " ", "$$", ";;", "GO", "\t", "-- x" }[t.random().nextInt(8)] + "\n"))),
			of("unterminated-quote", (t) -> t.text(t.text().replace("DEFAULT 'a;b'", "DEFAULT 'a;b"))),
			of("unterminated-dollar", (t) -> t.text(t.text().replace("DEFAULT 'a;b'", "DEFAULT $x$a;b"))),
			of("unterminated-comment", (t) -> t.text(t.text().replace("CREATE TABLE", "/* CREATE TABLE"))),
			of("begin-without-end", (t) -> t.text(t.text().replace("CREATE TABLE", "BEGIN CREATE TABLE"))),
			// encodings
			of("bom-utf8", (t) -> t.files().put(t.file(), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
					t.files().get(t.file())))),
			of("bom-twice", (t) -> t.files().put(t.file(), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
					(byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, t.files().get(t.file())))),
			of("utf16", (t) -> t.files().put(t.file(), t.text().getBytes(
					t.random().nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE))),
			of("latin1", (t) -> t.files().put(t.file(), t.text().getBytes(StandardCharsets.ISO_8859_1))),
			of("invalid-utf8", (t) -> t.files().put(t.file(), insert(t.random(), t.files().get(t.file()),
					new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }))),
			of("crlf", (t) -> t.text(t.text().replace("\n", "\r\n"))),
			of("cr-only", (t) -> t.text(t.text().replace("\n", "\r"))),
			of("nul-bytes", (t) -> t.files().put(t.file(), insert(t.random(), t.files().get(t.file()), new byte[4]))),
			// sizes and garbage
			of("empty", (t) -> t.files().put(t.file(), new byte[0])),
			of("whitespace-only", (t) -> t.text(" \n\t\n\n")),
			of("comments-only", (t) -> t.text("-- just a comment\n-- another\n")),
			of("huge-body", (t) -> t.text(t.text().replace("-- migrate:downgrade",
					"-- " + "x".repeat(2_000_000) + "\n-- migrate:downgrade"))),
			of("huge-line-count", (t) -> t.text(t.text().replace("-- migrate:downgrade",
					"\n".repeat(200_000) + "-- migrate:downgrade"))),
			of("binary-garbage", (t) -> {
				byte[] bytes = new byte[t.random().nextInt(4096)];
				t.random().nextBytes(bytes);
				t.files().put(t.file(), bytes);
			}),
			of("garbage-inserted", (t) -> {
				String text = t.text();
				int at = t.random().nextInt(text.length() + 1);
				t.text(text.substring(0, at) + t.garbage(1 + t.random().nextInt(40)) + text.substring(at));
			}),
			of("truncated", (t) -> {
				byte[] bytes = t.files().get(t.file());
				t.files().put(t.file(), java.util.Arrays.copyOf(bytes, t.random().nextInt(bytes.length)));
			}),
			of("byte-flips", (t) -> {
				byte[] bytes = t.files().get(t.file()).clone();
				for (int i = 0, n = 1 + t.random().nextInt(5); i < n; i++) {
					bytes[t.random().nextInt(bytes.length)] = (byte) t.random().nextInt(256);
				}
				t.files().put(t.file(), bytes);
			}),
			// the folder
			of("file-deleted", (t) -> t.files().remove(t.file())),
			of("file-copied", (t) -> {
				String name = t.file().replace(".sql", "_copy.sql");
				t.names().add(name);
				t.files().put(name, t.files().get(t.file()));
			}),
			of("directory-named-sql", (t) -> t.files().put("rev099_dir.sql/", new byte[0])),
			of("body-edited", (t) -> t.text(t.text().replace("INT,", "BIGINT,"))));

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

	private static byte[] insert(Random random, byte[] bytes, byte[] inserted) {
		int at = random.nextInt(bytes.length + 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, at);
		out.writeBytes(inserted);
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

}
