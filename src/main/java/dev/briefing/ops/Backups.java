package dev.briefing.ops;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Backups of an HSQLDB file database made with HSQLDB's own {@code BACKUP DATABASE}: one
 * {@code .tar.gz} per backup, named {@code <database>-<yyyyMMdd'T'HHmmss>.tar.gz},
 * written under a hidden folder first and moved into place when whole, so a backup cut
 * short by a crash never passes for one.
 */
public final class Backups {

	/** The files of an HSQLDB database, by extension. */
	static final List<String> DATABASE_FILES = List.of("properties", "script", "data", "backup", "log", "lobs");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final String INCOMPLETE = ".incomplete";

	private Backups() {
	}

	/**
	 * Backs the open database up into {@code folder} ({@code BLOCKING}: a checkpoint,
	 * then the files are copied while writes wait) and returns the backup.
	 * @param database the database's path without extension, as in its URL
	 */
	public static Path backup(DataSource dataSource, Path database, Path folder, ZonedDateTime now)
			throws IOException, SQLException {
		String name = database.getFileName().toString();
		Files.createDirectories(folder);
		Path staging = folder.resolve(INCOMPLETE);
		if (Files.isDirectory(staging)) {
			// what a backup cut short by a crash left
			try (Stream<Path> s = Files.list(staging)) {
				for (Path p : s.toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
		Files.createDirectories(staging);
		String file = name + "-" + now.format(STAMP);
		Path target = folder.resolve(file + ".tar.gz");
		for (int n = 2; Files.exists(target); n++) {
			target = folder.resolve(file + "-" + n + ".tar.gz");
		}
		Path partial = staging.resolve(target.getFileName());
		String sql = "BACKUP DATABASE TO '" + partial.toAbsolutePath().toString().replace("'", "''")
				+ "' COMPRESSED BLOCKING";
		PrintStream out = System.out;
		// HSQLDB's archiver prints each file it adds on standard output, which belongs to
		// the commands' own output
		System.setOut(new PrintStream(OutputStream.nullOutputStream()));
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			st.execute(sql);
		}
		finally {
			System.setOut(out);
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

	/** The backups of the database in the folder, newest first. */
	public static List<Path> list(Path folder, String database) {
		List<Path> found = new ArrayList<>();
		if (folder == null || !Files.isDirectory(folder)) {
			return found;
		}
		Pattern name = Pattern.compile(Pattern.quote(database) + "-(\\d{8}T\\d{6})(?:-(\\d+))?\\.tar\\.gz");
		try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
			for (Path p : s) {
				if (name.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
					found.add(p);
				}
			}
		}
		catch (IOException e) {
			return found;
		}
		found.sort(Comparator.comparing((Path p) -> order(name, p)).reversed());
		return found;
	}

	private static String order(Pattern name, Path p) {
		Matcher m = name.matcher(p.getFileName().toString());
		m.matches();
		return m.group(1) + String.format("%06d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
	}

	/** The newest backup of the database in the folder. */
	public static Optional<Path> newest(Path folder, String database) {
		return list(folder, database).stream().findFirst();
	}

	/** Deletes all but the newest {@code keep} backups; returns those deleted. */
	public static List<Path> prune(Path folder, String database, int keep) throws IOException {
		List<Path> all = list(folder, database);
		List<Path> deleted = new ArrayList<>();
		for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
			Files.deleteIfExists(old);
			deleted.add(old);
		}
		return deleted;
	}

	/**
	 * What a restore did.
	 *
	 * @param aside the folder the replaced files were moved to, or null when there were
	 * none
	 * @param files the database files now in place
	 */
	public record Restored(Path aside, List<Path> files) {
	}

	/**
	 * Puts the database files of a backup in place of the database's: the backup is
	 * unpacked beside the database first, then the current files are moved aside into
	 * {@code replaced-<time>} (never deleted) and the unpacked ones moved in. The
	 * database must not be open.
	 * @throws IllegalArgumentException when the file is not a backup of an HSQLDB
	 * database
	 */
	public static Restored restore(Path archive, Path database, ZonedDateTime now) throws IOException {
		Path folder = database.toAbsolutePath().getParent();
		String name = database.getFileName().toString();
		Files.createDirectories(folder);
		String stamp = now.format(STAMP);
		Path staging = folder.resolve(".restoring-" + stamp);
		Files.createDirectories(staging);
		List<Path> staged;
		try {
			staged = unpack(archive, staging, name);
		}
		catch (IOException | RuntimeException e) {
			deleteTree(staging);
			throw e;
		}
		Path aside = folder.resolve("replaced-" + stamp);
		boolean moved = false;
		for (Path current : currentFiles(folder, name)) {
			if (!moved) {
				Files.createDirectories(aside);
				moved = true;
			}
			Files.move(current, aside.resolve(current.getFileName()));
		}
		List<Path> placed = new ArrayList<>();
		for (Path p : staged) {
			Path target = folder.resolve(p.getFileName());
			Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
			placed.add(target);
		}
		deleteTree(staging);
		return new Restored(moved ? aside : null, placed);
	}

	/** The files and folders of the database, apart from the run lock. */
	private static List<Path> currentFiles(Path folder, String name) throws IOException {
		List<Path> out = new ArrayList<>();
		try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, name + ".*")) {
			for (Path p : s) {
				String ext = p.getFileName().toString().substring(name.length() + 1);
				if (DATABASE_FILES.contains(ext) || Set.of("script.new", "lck", "tmp").contains(ext)) {
					out.add(p);
				}
			}
		}
		return out;
	}

	private static List<Path> unpack(Path archive, Path staging, String name) throws IOException {
		List<Path> out = new ArrayList<>();
		boolean script = false;
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
				InputStream raw = archive.getFileName().toString().endsWith(".tar") ? file
						: new GzipCompressorInputStream(file);
				TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
			for (TarArchiveEntry e; (e = tar.getNextEntry()) != null;) {
				String entry = Path.of(e.getName()).getFileName().toString();
				int dot = entry.lastIndexOf('.');
				String ext = dot < 0 ? "" : entry.substring(dot + 1);
				if (!e.isFile() || !DATABASE_FILES.contains(ext)) {
					throw new IllegalArgumentException(archive + " is not a backup of a briefing database: it holds "
							+ e.getName() + ", which is no HSQLDB database file");
				}
				script |= ext.equals("script");
				Path target = staging.resolve(name + "." + ext);
				Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
				out.add(target);
			}
		}
		catch (IOException e) {
			if (out.isEmpty()) {
				throw new IllegalArgumentException(
						archive + " is not a backup of a briefing database (" + e.getMessage() + ")", e);
			}
			throw e;
		}
		if (!script) {
			throw new IllegalArgumentException(
					archive + " is not a backup of a briefing database: it holds no .script file");
		}
		return out;
	}

	private static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> s = Files.walk(p)) {
			for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(x);
			}
		}
	}

}
