package dev.briefing.ops;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.ops.Fault.Kind;

/**
 * Tells the faults ops meet from the exception a command ended with: a full disk, a
 * folder that cannot be written, damaged database files, database files another program
 * holds. The cause is read from the operating system's words in the exception (such as
 * {@code No space left on device}) and from HSQLDB's error codes; where HSQLDB keeps only
 * its own words ({@code file input/output error}), from the room left on the database's
 * disk.
 */
public final class Faults {

	/** Below this much room a disk counts as full when a write to it failed. */
	static final long LOW_SPACE = 64L << 20;

	// HSQLDB's error codes (org.hsqldb.error.ErrorCode), negated in SQLException
	private static final int LOCK_FAILURE = 451;

	private static final int FILE_IO = 452;

	private static final int WRONG_VERSION = 453;

	private static final int DATA_MODIFIED = 454;

	private static final int ACCESS_DENIED = 457;

	private static final int SCRIPT_ERROR = 461;

	private static final int DATA_FILE_IO = 466;

	private static final int IO_ERROR = 467;

	private static final int DATA_FILE_FULL = 468;

	private static final int DATA_FILE_IN_USE = 469;

	private static final int LOG_FILE = 472;

	private static final Pattern PATH_IN_MESSAGE = Pattern.compile("(/[^\\s:;,()\"']+)");

	private Faults() {
	}

	/** Where a fault happened, as ops name the folder. */
	enum Place {

		DATABASE("the database folder"), REPORTS("the reports folder"), TEMP("the temporary folder");

		final String name;

		Place(String name) {
			this.name = name;
		}

	}

	/** What the operating system said, in its words. */
	private enum Cause {

		NO_SPACE("no space left"), READ_ONLY("read-only file system"), DENIED("permission denied"),
		NOT_PERMITTED("operation not permitted"), NOT_A_FOLDER("a file stands in the path"), NONE("");

		final String words;

		Cause(String words) {
			this.words = words;
		}

	}

	/**
	 * The fault behind a failure, if it is one ops meet.
	 * @param duringRun whether a job ran (then {@code briefing restart} continues it)
	 */
	public static Optional<Fault> classify(Throwable failure, Places places, boolean duringRun) {
		List<Throwable> chain = chain(failure);
		int code = 0;
		String hsqlMessage = null;
		Path path = null;
		Cause cause = Cause.NONE;
		for (Throwable t : chain) {
			if (t instanceof Fault.Found found) {
				return Optional.of(found.fault());
			}
			if (t instanceof SQLException sql && code == 0 && sql.getErrorCode() < 0) {
				code = hsqlCode(-sql.getErrorCode());
				hsqlMessage = sql.getMessage();
			}
			if (t instanceof FileSystemException fs && path == null && fs.getFile() != null) {
				path = safePath(fs.getFile());
			}
			Cause c = cause(t);
			if (cause == Cause.NONE || (c == Cause.NO_SPACE && cause != Cause.NO_SPACE)) {
				cause = c == Cause.NONE ? cause : c;
			}
		}
		if (path == null && hsqlMessage != null) {
			Matcher m = PATH_IN_MESSAGE.matcher(hsqlMessage);
			if (m.find()) {
				path = safePath(m.group(1));
			}
		}
		String retry = duringRun ? "then run 'briefing restart'" : "then run the command again";
		if (code == SCRIPT_ERROR && readingDataFile(chain)) {
			code = DATA_FILE_IO;
			return Optional.of(damaged(places, code, hsqlMessage));
		}
		if (code == SCRIPT_ERROR || code == WRONG_VERSION || code == LOG_FILE || code == DATA_MODIFIED) {
			return Optional.of(damaged(places, code, hsqlMessage));
		}
		if (code == LOCK_FAILURE || code == DATA_FILE_IN_USE) {
			return Optional.of(held(places, hsqlMessage));
		}
		Place place = place(path, places);
		if (code != 0 && (place == null || code >= 451 && code <= 472)) {
			place = places.database() == null ? place : Place.DATABASE;
		}
		if (cause == Cause.NO_SPACE) {
			Place full = place != null ? place : fullest(places);
			return Optional.of(diskFull(full, places, retry));
		}
		if (cause != Cause.NONE && place != null) {
			return Optional.of(notWritable(place, places, cause, path));
		}
		if (code == FILE_IO || code == DATA_FILE_IO || code == IO_ERROR || code == DATA_FILE_FULL
				|| code == ACCESS_DENIED) {
			if (places.database() == null) {
				return Optional.empty();
			}
			if (low(places, places.databaseFolder())) {
				return Optional.of(diskFull(Place.DATABASE, places, retry));
			}
			Optional<Cause> unwritable = probe(places.databaseFolder());
			if (unwritable.isPresent()) {
				return Optional.of(notWritable(Place.DATABASE, places, unwritable.get(), null));
			}
			if (code == DATA_FILE_IO && !duringRun) {
				return Optional.of(damaged(places, code, hsqlMessage));
			}
			return Optional.of(new Fault(Kind.IO,
					"cannot read or write the database files " + places.database() + ".* (HSQLDB: " + hsqlMessage
							+ "): check the disk (df -h, dmesg) and the files' owner and permissions, " + retry));
		}
		if (place != null && chain.stream().anyMatch(IOException.class::isInstance)) {
			if (low(places, folder(place, places))) {
				return Optional.of(diskFull(place, places, retry));
			}
		}
		return Optional.empty();
	}

	/**
	 * HSQLDB's code for a failure to open: its reader of the {@code .script} and of the
	 * {@code .data} file wrap what they met in codes of their own.
	 */
	private static int hsqlCode(int code) {
		return switch (code) {
			case 21, 22, 25 -> SCRIPT_ERROR;
			case 51, 52, 53 -> DATA_FILE_IO;
			default -> code;
		};
	}

	/** Whether the folder (made if missing) can be written; the cause when it cannot. */
	static Optional<Cause> probe(Path folder) {
		try {
			Files.createDirectories(folder);
			Path p = Files.createTempFile(folder, ".briefing-write-check", ".tmp");
			Files.delete(p);
			return Optional.empty();
		}
		catch (IOException e) {
			Cause c = cause(e);
			return Optional.of(c == Cause.NONE ? Cause.DENIED : c);
		}
	}

	/**
	 * Checks that a folder can be written before any work starts.
	 * @throws Fault.Found when it cannot
	 */
	public static void requireWritable(Path folder, Places places) {
		try {
			Files.createDirectories(folder);
			Path p = Files.createTempFile(folder, ".briefing-write-check", ".tmp");
			Files.delete(p);
		}
		catch (IOException e) {
			Fault f = classify(e, places, false).orElseGet(() -> new Fault(Kind.IO,
					"cannot write in " + folder + " (" + e.getMessage() + "): check the folder, then run again"));
			throw new Fault.Found(f, e);
		}
	}

	static Fault diskFull(Place place, Places places, String retry) {
		Path folder = folder(place, places);
		String room = places.space().usable(folder) < 0 ? ""
				: " (" + size(places.space().usable(folder)) + " free of " + size(places.space().total(folder)) + ")";
		String what = switch (place) {
			case DATABASE -> "free space on it, " + retry + "; what was committed before is kept";
			case REPORTS ->
				"no workbook was put in place (one written before is left as it was); free space on it, " + retry;
			case TEMP ->
				"free space on it or give Java another one (JAVA_OPTS='-Xmx512m -Djava.io.tmpdir=DIR'), " + retry;
		};
		return new Fault(Kind.DISK_FULL, "the disk of " + place.name + " " + folder + " is full" + room + ": " + what);
	}

	static Fault notWritable(Place place, Places places, Cause cause, Path path) {
		Path folder = folder(place, places);
		String setting = switch (place) {
			case DATABASE -> "or point 'database' in the job config (or --database) at a writable folder";
			case REPORTS -> "or point 'reports' in the job config (or --reports) at a writable folder";
			case TEMP -> "or give Java another one (JAVA_OPTS='-Xmx512m -Djava.io.tmpdir=DIR')";
		};
		String why = cause == Cause.NOT_A_FOLDER && path != null ? "a file stands in its path: " + fileIn(path)
				: cause.words;
		return new Fault(Kind.NOT_WRITABLE, "cannot write in " + place.name + " " + folder + " (" + why
				+ "): make it a folder the user running briefing can write, " + setting + ", then run again");
	}

	static Fault damaged(Places places, int code, String hsqlMessage) {
		Path db = places.database();
		String ext = switch (code) {
			case WRONG_VERSION -> "properties";
			case LOG_FILE -> "log";
			case SCRIPT_ERROR -> "script";
			default -> hsqlMessage != null && hsqlMessage.contains("not complete") ? "script" : "data";
		};
		String file = db == null ? "the database" : db + "." + ext;
		String what = code == WRONG_VERSION ? " was written by another program or another version of HSQLDB"
				: hsqlMessage != null && hsqlMessage.contains("not complete") ? " is missing beside " + db + ".data"
						: " is damaged or was written by another program";
		return new Fault(code == WRONG_VERSION ? Kind.FOREIGN : Kind.DAMAGED, "the database file " + file + what + " ("
				+ shortHsql(hsqlMessage) + "); the files are left as they are. " + restoreAdvice(places));
	}

	/**
	 * What to do about damaged database files: the newest backup, or the way without one.
	 */
	static String restoreAdvice(Places places) {
		if (places.database() == null) {
			return "Restore the database from its backup, then run again";
		}
		Optional<Path> newest = Backups.newest(places.backups(), places.database().getFileName().toString());
		return newest
			.map(b -> "Bring back the newest backup with 'briefing restore --from " + b
					+ "' (the files there now are kept aside), then run 'briefing run'")
			.orElse("No backup was found in " + places.backups() + ": keep these files for a repair by hand (the "
					+ ".script file is SQL text), or point 'database' in the job config at a new folder to start afresh");
	}

	static Fault held(Places places, String detail) {
		String files = places.database() == null ? "the database" : places.database() + ".*";
		return new Fault(Kind.HELD,
				"another program holds the database files " + files + (detail == null ? "" : " (" + detail + ")")
						+ ": stop it (a database tool or an HSQLDB server opened on these files), then run again");
	}

	private static String shortHsql(String m) {
		if (m == null) {
			return "unreadable";
		}
		String s = m.replaceAll("org\\.hsqldb\\.HsqlException: ", "").replaceAll("\\s+", " ").strip();
		return s.length() > 160 ? s.substring(0, 157) + "..." : s;
	}

	private static Path fileIn(Path path) {
		for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isRegularFile(p)) {
				return p;
			}
		}
		return path;
	}

	private static boolean low(Places places, Path folder) {
		if (folder == null) {
			return false;
		}
		long usable = places.space().usable(folder);
		long total = places.space().total(folder);
		return usable >= 0 && (usable < LOW_SPACE || (total > 0 && usable < total / 100));
	}

	/**
	 * The folder of the places with the least room: where a write without a path failed.
	 */
	private static Place fullest(Places places) {
		Place best = Place.TEMP;
		long least = Long.MAX_VALUE;
		for (Place p : Place.values()) {
			Path f = folder(p, places);
			long usable = f == null ? -1 : places.space().usable(f);
			if (usable >= 0 && usable < least) {
				least = usable;
				best = p;
			}
		}
		return best;
	}

	static Path folder(Place place, Places places) {
		return switch (place) {
			case DATABASE -> places.databaseFolder();
			case REPORTS -> places.reports();
			case TEMP -> places.temp();
		};
	}

	private static Place place(Path path, Places places) {
		if (path == null) {
			return null;
		}
		Path p = path.toAbsolutePath().normalize();
		Place found = null;
		int depth = -1;
		// the deepest folder holding the path: a reports folder may lie in the database's
		for (Place place : Place.values()) {
			Path folder = folder(place, places);
			if (folder != null) {
				Path f = folder.toAbsolutePath().normalize();
				if (p.startsWith(f) && f.getNameCount() > depth) {
					found = place;
					depth = f.getNameCount();
				}
			}
		}
		return found;
	}

	private static Cause cause(Throwable t) {
		if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException) {
			return Cause.NOT_A_FOLDER;
		}
		String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
		if (m.contains("no space left on device") || m.contains("disk quota exceeded")
				|| m.contains("not enough space on the disk")) {
			return Cause.NO_SPACE;
		}
		if (m.contains("read-only file system")) {
			return Cause.READ_ONLY;
		}
		if (m.contains("not a directory")) {
			return Cause.NOT_A_FOLDER;
		}
		if (m.contains("operation not permitted")) {
			return Cause.NOT_PERMITTED;
		}
		if (t instanceof AccessDeniedException || m.contains("permission denied")) {
			return Cause.DENIED;
		}
		return Cause.NONE;
	}

	/** Whether HSQLDB failed reading the rows of its {@code .data} file. */
	private static boolean readingDataFile(List<Throwable> chain) {
		for (Throwable t : chain) {
			for (StackTraceElement e : t.getStackTrace()) {
				if (e.getClassName().startsWith("org.hsqldb.persist.DataFileCache")) {
					return true;
				}
			}
		}
		return false;
	}

	private static Path safePath(String s) {
		try {
			return Path.of(s);
		}
		catch (InvalidPathException e) {
			return null;
		}
	}

	private static List<Throwable> chain(Throwable t) {
		List<Throwable> out = new ArrayList<>();
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
			out.add(c);
		}
		return out;
	}

	/** Bytes as ops read them: {@code 4 KB}, {@code 8.0 MB}, {@code 1.2 GB}. */
	static String size(long bytes) {
		if (bytes < 0) {
			return "?";
		}
		if (bytes < 1 << 20) {
			return (bytes + 1023) / 1024 + " KB";
		}
		if (bytes < 1L << 30) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
		}
		return String.format(Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
	}

}
