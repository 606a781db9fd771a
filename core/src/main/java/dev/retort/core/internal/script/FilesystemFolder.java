package dev.retort.core.internal.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * Lists the SQL files of a folder on disk. Relative folders resolve against the working directory;
 * sources keep the folder as configured so messages show the path people wrote.
 */
final class FilesystemFolder {

	private FilesystemFolder() {
	}

	static List<RevisionResource> sqlFiles(String location, String folder) {
		Path path;
		try {
			path = Path.of(folder);
		}
		catch (InvalidPathException ex) {
			throw new RetortException(ErrorCode.INVALID_CONFIGURATION, "Location '" + location + "' is not a valid path ("
					+ ex.getMessage() + "); fix migrate.locations / --locations", ex);
		}
		if (!Files.isDirectory(path)) {
			String problem = Files.exists(path) ? "is not a folder" : "does not exist";
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location + "' " + problem + " ("
					+ path.toAbsolutePath().normalize() + "); create it or set migrate.locations / --locations");
		}
		String prefix = folder.endsWith("/") || folder.endsWith("\\") ? folder : folder + "/";
		try {
			return FolderWalker.sqlFiles(path, prefix);
		}
		catch (IOException ex) {
			throw new RetortException(ErrorCode.LOCATION_NOT_FOUND, "Location '" + location + "' cannot be read ("
					+ ex.getMessage() + "); check its permissions", ex);
		}
	}

}
