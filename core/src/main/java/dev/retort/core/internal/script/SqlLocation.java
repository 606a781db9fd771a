package dev.retort.core.internal.script;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.script.Script;
import dev.retort.core.script.ScriptSource;

/**
 * The SQL revision files of one location. Files are read and parsed in parallel when there are
 * many; errors are reported for the first failing file in source order, so the message does not
 * depend on thread timing.
 */
final class SqlLocation implements ScriptSource {

	/** Below this many files the fork/join overhead outweighs parallel parsing. */
	private static final int PARALLEL_THRESHOLD = 64;

	private final Locations.Location location;

	private final ClassLoader classLoader;

	SqlLocation(Locations.Location location, ClassLoader classLoader) {
		this.location = location;
		this.classLoader = classLoader;
	}

	@Override
	public List<Script> load() {
		List<RevisionResource> resources = new ArrayList<>(this.location.classpath()
				? ClasspathFolder.sqlFiles(this.location.text(), this.location.path(), this.classLoader)
				: FilesystemFolder.sqlFiles(this.location.text(), this.location.path()));
		resources.sort(Comparator.comparing(RevisionResource::source));
		return parseAll(resources);
	}

	static List<Script> parseAll(List<RevisionResource> resources) {
		Stream<RevisionResource> stream = (resources.size() >= PARALLEL_THRESHOLD) ? resources.parallelStream()
				: resources.stream();
		List<Object> outcomes = stream.map(SqlLocation::parseOrFailure).toList();
		List<Script> scripts = new ArrayList<>(outcomes.size());
		RetortException first = null;
		int failures = 0;
		for (Object outcome : outcomes) {
			if (outcome instanceof Script script) {
				scripts.add(script);
			}
			else {
				failures++;
				first = (first != null) ? first : (RetortException) outcome;
			}
		}
		if (first != null) {
			if (failures == 1) {
				throw first;
			}
			throw new RetortException(first.code(), first.getMessage() + " (and " + (failures - 1) + " more file"
					+ ((failures == 2) ? "" : "s") + " with errors)", first);
		}
		return scripts;
	}

	/** A {@link Script}, or the {@link RetortException} saying why the file is invalid. */
	private static Object parseOrFailure(RevisionResource resource) {
		try {
			return SqlRevisionParser.parse(resource.source(), resource.read());
		}
		catch (RetortException ex) {
			return ex;
		}
		catch (IOException ex) {
			return new RetortException(ErrorCode.INVALID_REVISION_FILE, resource.source() + " cannot be read ("
					+ ex.getMessage() + "); check that it exists and is readable", ex);
		}
	}

	@Override
	public String toString() {
		return this.location.text();
	}

}
