package dev.retort.core.internal.migration;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Migration;
import dev.retort.core.api.MigrationFactory;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Revision;
import dev.retort.core.api.migration.Operations;
import dev.retort.core.internal.script.Checksums;
import dev.retort.core.script.Body;
import dev.retort.core.script.Script;

/**
 * Turns Java revision classes into {@link Script}s: metadata from {@link Revision @Revision}, the
 * checksum, and the downgrade, either the class's own or derived from a recording of its upgrade.
 *
 * @since 0.1.0
 */
public final class JavaRevisions {

	private JavaRevisions() {
	}

	/**
	 * Whether a class found in a location's package is meant as a revision: a concrete
	 * {@link Migration} or anything annotated {@link Revision @Revision}. Other classes (helpers,
	 * abstract bases, anonymous classes) are skipped.
	 * @param type the class
	 * @return whether {@link #script(Class, String)} should be called for it
	 */
	public static boolean isCandidate(Class<?> type) {
		if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
			return false;
		}
		if (type.isAnnotationPresent(Revision.class)) {
			return true;
		}
		return Migration.class.isAssignableFrom(type) && !type.isInterface()
				&& !Modifier.isAbstract(type.getModifiers());
	}

	/**
	 * The script of a revision class.
	 * @param type a class for which {@link #isCandidate(Class)} holds
	 * @param location the location it was found in, for messages
	 * @return the script
	 * @throws RetortException with {@code INVALID_REVISION_FILE} naming the class and the fix
	 */
	public static Script script(Class<?> type, String location) {
		return script(type, location, null);
	}

	/**
	 * The script of a revision class whose instances a factory creates.
	 * @param type a class for which {@link #isCandidate(Class)} holds
	 * @param location the location it was found in, for messages
	 * @param factory creates its instances; {@code null} for its public no-argument constructor
	 * @return the script
	 * @throws RetortException with {@code INVALID_REVISION_FILE} naming the class and the fix
	 */
	public static Script script(Class<?> type, String location, @Nullable MigrationFactory factory) {
		JavaRevision revision = check(type, location, factory);
		Revision meta = type.getAnnotation(Revision.class);
		Migration instance = revision.newInstance();
		dev.retort.core.graph.RevisionHeader graphRevision = new dev.retort.core.graph.RevisionHeader(meta.id(),
				List.of(meta.downRevision()), List.of(meta.branchLabels()), List.of(meta.dependsOn()), meta.message(),
				meta.createDate(), type.getName());
		String checksum = sha256(checksumText(type, meta, instance));
		if (overridesDowngrade(type)) {
			return new Script(graphRevision, checksum, meta.transactional(), JavaBody.upgrade(revision),
					Optional.of(JavaBody.downgrade(revision)));
		}
		Recorder recorder = new Recorder();
		String problem = null;
		try {
			instance.upgrade(recorder);
		}
		catch (Recorder.Stop ex) {
			// jdbc(): recorded as the operation that cannot be undone
		}
		catch (SQLException | RuntimeException ex) {
			problem = "its upgrade threw " + ex + " while Retort recorded it to derive the downgrade";
		}
		List<Op> inverse = new ArrayList<>();
		List<Op> ops = recorder.ops();
		for (int i = ops.size() - 1; i >= 0 && problem == null; i--) {
			Optional<Op> undo = ops.get(i).inverse();
			if (undo.isPresent()) {
				inverse.add(undo.get());
			}
			else {
				problem = "its upgrade calls " + ops.get(i).describe() + ", which has no well-defined inverse";
			}
		}
		if (problem != null) {
			JavaRevision irreversible = revision.irreversible(revision.name() + " cannot be downgraded: " + problem
					+ ", and " + type.getSimpleName() + " does not override downgrade(Operations); nothing was run."
					+ " Override downgrade(Operations) in " + type.getName()
					+ ", or move the version table past it with `stamp`.");
			return new Script(graphRevision, checksum, meta.transactional(), JavaBody.upgrade(irreversible),
					Optional.empty());
		}
		return new Script(graphRevision, checksum, meta.transactional(), JavaBody.upgrade(revision),
				Optional.of((Body) JavaBody.inverse(revision, inverse)));
	}

	/**
	 * The text whose SHA-256 is the checksum: the class name, every {@code @Revision} attribute
	 * and {@link Migration#checksum()}, one {@code key: value} line each. Part of the contract:
	 * changing it changes every stored checksum of Java revisions.
	 */
	static String checksumText(Class<?> type, Revision meta, Migration instance) {
		return "class: " + type.getName() + "\nrevision: " + meta.id() + "\ndown_revision: "
				+ String.join(",", meta.downRevision()) + "\nbranch_labels: " + String.join(",", meta.branchLabels())
				+ "\ndepends_on: " + String.join(",", meta.dependsOn()) + "\nmessage: " + meta.message()
				+ "\ncreate_date: " + meta.createDate() + "\ntransactional: " + meta.transactional() + "\nchecksum: "
				+ instance.checksum() + "\n";
	}

	private static String sha256(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Checksums.PREFIX + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static boolean overridesDowngrade(Class<?> type) {
		try {
			return type.getMethod("downgrade", Operations.class).getDeclaringClass() != Migration.class;
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	private static JavaRevision check(Class<?> type, String location, @Nullable MigrationFactory factory) {
		String name = type.getName();
		Revision meta = type.getAnnotation(Revision.class);
		if (meta == null) {
			throw invalid(name + " implements Migration but has no @Revision annotation; annotate it with"
					+ " @Revision(id = \"...\", downRevision = \"...\"), or move it out of the package of location '"
					+ location + "' if it is not a revision");
		}
		if (!Migration.class.isAssignableFrom(type)) {
			throw invalid(name + " has @Revision but does not implement " + Migration.class.getName()
					+ "; implement it (upgrade(Operations), optionally downgrade(Operations))");
		}
		if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
			throw invalid(name + " has @Revision but is abstract; put @Revision on concrete classes only");
		}
		if (!Modifier.isPublic(type.getModifiers()) || (type.getEnclosingClass() != null
				&& !Modifier.isStatic(type.getModifiers()))) {
			throw invalid(name + " is a revision but not a public (static) class; make it public so Retort can"
					+ " create it");
		}
		if (factory != null) {
			return new JavaRevision((Class<? extends Migration>) type, meta.id(), meta.transactional(), factory,
					Optional.empty());
		}
		Constructor<? extends Migration> constructor;
		try {
			constructor = ((Class<? extends Migration>) type).getConstructor();
		}
		catch (NoSuchMethodException ex) {
			throw invalid(name + " has no public no-argument constructor; add one (Retort creates a new instance"
					+ " for every run), or create revisions through a MigrationFactory (Spring Boot does: then"
					+ " constructor injection works)");
		}
		return new JavaRevision((Class<? extends Migration>) type, meta.id(), meta.transactional(),
				(ignored) -> construct(constructor), Optional.empty());
	}

	private static Migration construct(Constructor<? extends Migration> constructor) {
		try {
			return constructor.newInstance();
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, constructor.getDeclaringClass().getName()
					+ " cannot be created: its constructor threw " + cause + "; keep revision constructors free of work",
					cause);
		}
		catch (ReflectiveOperationException ex) {
			throw new RetortException(ErrorCode.INVALID_REVISION_FILE, constructor.getDeclaringClass().getName()
					+ " cannot be created (" + ex + "); give it a public no-argument constructor", ex);
		}
	}

	private static RetortException invalid(String message) {
		return new RetortException(ErrorCode.INVALID_REVISION_FILE, message);
	}

}
