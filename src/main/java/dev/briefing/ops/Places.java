package dev.briefing.ops;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigLoader;

/**
 * The folders a command writes to, which a fault is told against: the database's (an
 * HSQLDB file database; null for a database server), the reports folder and the temporary
 * folder; and where the store's backups go by default.
 *
 * @param database the database files' common path without extension, such as
 * {@code /srv/briefing/data/briefing}, or null
 * @param reports the reports folder, or null when the command writes no workbook
 * @param temp the temporary folder ({@code java.io.tmpdir})
 * @param space how much room is left under a folder
 */
public record Places(Path database, Path reports, Path temp, Space space) {

	/** Free and total bytes of the disk under a folder. */
	public interface Space {

		/** Usable bytes, or -1 when unknown. */
		long usable(Path folder);

		/** Total bytes, or -1 when unknown. */
		long total(Path folder);

		/** The disks of the running machine. */
		Space DISKS = new Space() {

			@Override
			public long usable(Path folder) {
				FileStore store = store(folder);
				try {
					return store == null ? -1 : store.getUsableSpace();
				}
				catch (IOException e) {
					return -1;
				}
			}

			@Override
			public long total(Path folder) {
				FileStore store = store(folder);
				try {
					return store == null ? -1 : store.getTotalSpace();
				}
				catch (IOException e) {
					return -1;
				}
			}

		};

	}

	public static Places of(BriefingConfig config) {
		return new Places(ConfigLoader.databaseFile(config.database()), config.reports(),
				Path.of(System.getProperty("java.io.tmpdir")), Space.DISKS);
	}

	public Places withReports(Path value) {
		return new Places(database, value, temp, space);
	}

	public Places withSpace(Space value) {
		return new Places(database, reports, temp, value);
	}

	/** The database files' folder, or null for a database server. */
	public Path databaseFolder() {
		return database == null ? null : database.toAbsolutePath().getParent();
	}

	/**
	 * Where backups go when no folder is given: {@code backups} beside the database
	 * files.
	 */
	public Path backups() {
		return database == null ? null : databaseFolder().resolve("backups");
	}

	/** The disk of a folder, or of the nearest folder above it that exists. */
	static FileStore store(Path folder) {
		for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p)) {
				try {
					return Files.getFileStore(p);
				}
				catch (IOException e) {
					return null;
				}
			}
		}
		return null;
	}

}
