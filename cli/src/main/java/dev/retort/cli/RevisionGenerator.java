package dev.retort.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.autogenerate.SchemaDiff;
import dev.retort.core.lint.Finding;
import dev.retort.core.graph.RevisionHeader;
import dev.retort.core.graph.RevisionGraph;
import dev.retort.core.script.RevisionFileWriter;

/**
 * Alembic's {@code ScriptDirectory.generate_revision}: picks the parents, checks them, and writes
 * a new SQL revision file. The new graph is validated before anything is written.
 */
final class RevisionGenerator {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

	private final GlobalOptions root;

	RevisionGenerator(GlobalOptions root) {
		this.root = root;
	}

	/** What to generate; {@code heads} are targets such as {@code head}, {@code base} or ids. */
	record Request(@Nullable String message, List<String> heads, boolean splice, List<String> branchLabels,
			List<String> dependsOn, @Nullable String revId, @Nullable String versionPath) {
	}

	/** What {@code --autogenerate} adds to a request. */
	record Autogenerate(ModelOptions model, boolean java, boolean allowEmpty, boolean allowDestructive) {
	}

	Path generate(Request request) throws IOException {
		return write(request, null).orElseThrow();
	}

	/**
	 * A revision holding what the entities changed; empty (and no file) when nothing changed and
	 * empty revisions are not allowed.
	 */
	Optional<Path> autogenerate(Request request, Autogenerate autogenerate) throws IOException {
		return write(request, autogenerate);
	}

	private Optional<Path> write(Request request, @Nullable Autogenerate autogenerate) throws IOException {
		String id = (request.revId() != null) ? request.revId() : RevisionFileWriter.newRevisionId();
		if (!ID.matcher(id).matches()) {
			throw new RetortException(ErrorCode.INVALID_REVISION_ID,
					"Revision id '" + id + "' may only contain letters, digits and '_'; choose another --rev-id");
		}
		Retort engine = (autogenerate != null) ? this.root.engine() : this.root.offlineEngine();
		RevisionGraph graph = engine.graph();
		graph.find(id).ifPresent((existing) -> {
			throw new RetortException(ErrorCode.DUPLICATE_REVISION,
					"Revision " + id + " already exists in " + existing.source() + "; choose another --rev-id");
		});
		List<RevisionHeader> heads = resolveHeads(graph, request.heads());
		Path folder = versionFolder(heads, request.versionPath());
		if (!request.splice()) {
			for (RevisionHeader head : heads) {
				if (!graph.nextRevisions(head.id()).isEmpty()) {
					throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Revision " + head.id()
							+ " is not a head revision; please specify --splice to create a new branch from this revision");
				}
			}
		}
		List<String> dependsOn = new ArrayList<>();
		for (String dependency : request.dependsOn()) {
			RevisionHeader target = graph.get(dependency);
			dependsOn.add(graph.branchLabels(target.id()).contains(dependency) ? dependency : target.id());
		}
		String message = (request.message() != null) ? request.message() : "empty message";
		SchemaDiff diff = null;
		if (autogenerate != null) {
			diff = new Autogenerator(this.root, autogenerate.model()).diff(engine);
			diff.detected().forEach((line) -> this.root.io.err().println("  " + line));
			diff.notes().forEach((note) -> this.root.io.err().println("  NOTE: " + note));
			Optional<String> destructive = diff.destructiveReason();
			if (destructive.isPresent() && !autogenerate.allowDestructive()) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT, destructive.get()
						+ ". No revision was written; if the drops are intended, run again with --allow-destructive");
			}
			if (diff.isEmpty() && !autogenerate.allowEmpty()) {
				this.root.io.out().println("No changes detected");
				return Optional.empty();
			}
		}
		boolean java = autogenerate != null && autogenerate.java();
		Path file = java ? JavaRevisionFile.path(this.root, id, message)
				: folder.resolve(RevisionFileWriter.fileName(id, message));
		RevisionHeader revision = new RevisionHeader(id, heads.stream().map(RevisionHeader::id).toList(), request.branchLabels(),
				dependsOn, message, "", file.toString());
		List<RevisionHeader> all = new ArrayList<>(graph.revisions());
		all.add(revision);
		RevisionGraph.of(all);
		if (Files.exists(file)) {
			throw new RetortException(ErrorCode.FILE_ERROR, "File " + file + " already exists; choose another --rev-id");
		}
		RevisionFileWriter writer = new RevisionFileWriter(Clock.systemDefaultZone());
		List<String> upgrades = (diff != null) ? withNotes(diff.upgradeScript(), diff.notes()) : List.of();
		List<String> downgrades = (diff != null) ? diff.downgradeScript() : List.of();
		Optional<Path> template = userTemplate(java ? RevisionFileWriter.JAVA_TEMPLATE : RevisionFileWriter.SQL_TEMPLATE);
		String text;
		if (template.isPresent() && java) {
			text = JavaRevisionFile.source(file, revision, diff, template.get(), writer);
		}
		else if (template.isPresent()) {
			text = writer.render(template.get().toString(), Files.readString(template.get(), StandardCharsets.UTF_8),
					revision, upgrades, downgrades);
		}
		else if (diff == null) {
			text = writer.render(revision);
		}
		else if (java) {
			text = JavaRevisionFile.source(file, revision, diff);
		}
		else {
			text = writer.render(revision, upgrades, downgrades);
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		this.root.io.out().println("  Generating " + file + " ...  done");
		if (diff != null && !java) {
			lintWritten(revision);
		}
		new PostWriteHook(this.root).run(file);
		return Optional.of(file);
	}

	/** A user template in the first location's folder, Alembic's {@code script.py.mako}. */
	private Optional<Path> userTemplate(String name) {
		List<String> locations = this.root.absoluteLocations(this.root.settings().locations());
		if (locations.isEmpty()) {
			return Optional.empty();
		}
		Path template = folderOf(locations.get(0)).resolve(name);
		return Files.isRegularFile(template) ? Optional.of(template) : Optional.empty();
	}

	/** Lint the file just written, reading the revisions before it for what they create. */
	private void lintWritten(RevisionHeader revision) {
		String range = revision.downRevisions().isEmpty() ? revision.id()
				: revision.downRevisions().get(0) + ":" + revision.id();
		List<Finding> findings = this.root.engine()
			.lint(range)
			.stream()
			.filter((finding) -> finding.revision().equals(revision.id()))
			.toList();
		if (!findings.isEmpty()) {
			this.root.io.out().println("  Lint findings for the new revision (see docs/lint.md):");
			LintOutput.text(findings, this.root.io.out(), this.root.io.workingDirectory());
		}
	}

	/** Notes go on top of the upgrade, as comments a reviewer cannot miss. */
	private static List<String> withNotes(List<String> statements, List<String> notes) {
		if (notes.isEmpty() || statements.isEmpty()) {
			return statements;
		}
		List<String> result = new ArrayList<>(statements);
		StringBuilder comment = new StringBuilder();
		notes.forEach((note) -> comment.append("-- NOTE: ").append(note).append('\n'));
		result.set(0, comment + result.get(0));
		return result;
	}

	private static List<RevisionHeader> resolveHeads(RevisionGraph graph, List<String> targets) {
		List<RevisionHeader> heads = new ArrayList<>();
		for (String target : targets) {
			try {
				heads.addAll(graph.resolve(target, List.of()));
			}
			catch (RetortException ex) {
				if (ex.code() == ErrorCode.MULTIPLE_HEADS) {
					throw new RetortException(ErrorCode.MULTIPLE_HEADS,
							"Multiple heads are present; please specify the head revision on which the new "
									+ "revision should be based, or perform a merge.",
							ex);
				}
				throw ex;
			}
		}
		if (new LinkedHashSet<>(heads).size() != heads.size()) {
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "Duplicate head revisions specified");
		}
		return heads;
	}

	private Path versionFolder(List<RevisionHeader> heads, @Nullable String versionPath) throws IOException {
		List<Path> folders = this.root.absoluteLocations(this.root.settings().locations()).stream()
			.map(this::folderOf)
			.toList();
		if (versionPath != null) {
			Path requested = this.root.io.workingDirectory().resolve(versionPath).normalize();
			if (!folders.contains(requested)) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT,
						"Path " + versionPath + " is not represented in current version locations");
			}
			return requested;
		}
		if (folders.size() == 1) {
			return folders.get(0);
		}
		for (RevisionHeader head : heads) {
			Optional<Path> folder = folderHolding(folders, head.id());
			if (folder.isPresent()) {
				return folder.get();
			}
		}
		throw new RetortException(ErrorCode.INVALID_ARGUMENT,
				"Multiple version locations present, please specify --version-path");
	}

	/** {@code classpath:} locations are written under the project's {@code src/main/resources}. */
	private Path folderOf(String location) {
		if (location.startsWith("classpath:")) {
			String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
			return this.root.io.workingDirectory().resolve("src/main/resources").resolve(path).normalize();
		}
		return Path.of(location.substring("filesystem:".length())).normalize();
	}

	private static Optional<Path> folderHolding(List<Path> folders, String id) throws IOException {
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				Optional<Path> match = files.filter((file) -> file.getFileName().toString().startsWith(id + "_"))
					.findFirst();
				if (match.isPresent()) {
					return Optional.of(match.get().getParent());
				}
			}
		}
		return Optional.empty();
	}

}
