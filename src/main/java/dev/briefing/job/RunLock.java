package dev.briefing.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import dev.briefing.config.ConfigLoader;

/**
 * One command at a time per database. The lock is an operating-system lock on a file
 * beside the database, so it goes away with its process, also after {@code kill -9}; the
 * file names the holder for whoever finds it taken.
 */
public final class RunLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The lock file of a database: beside an HSQLDB file database, else in the temporary
	 * folder.
	 */
	public static Path lockFileOf(String databaseUrl) {
		Path db = ConfigLoader.databaseFile(databaseUrl);
		if (db != null) {
			return db.resolveSibling(db.getFileName() + ".run.lock");
		}
		// a digest of the whole URL: every database its own file (the URL's first bytes
		// are the same for every PostgreSQL database)
		String hash;
		try {
			hash = HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(databaseUrl.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 16);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "briefing-" + hash + ".run.lock");
	}

	/**
	 * Takes the lock, or returns empty when another process holds it.
	 * @param command what this process does, written into the file for others to read
	 */
	public static Optional<RunLock> tryAcquire(Path file, String command) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			return Optional.empty();
		}
		String holder = "pid " + ProcessHandle.current().pid() + ", started "
				+ OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", command: " + command + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
		return Optional.of(new RunLock(channel, lock));
	}

	/** Who holds the lock, as its holder wrote it. */
	public static String holder(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "unknown process" : text;
		}
		catch (IOException e) {
			return "unknown process (" + e.getMessage() + ")";
		}
	}

	@Override
	public void close() throws IOException {
		try {
			channel.truncate(0);
			lock.release();
		}
		finally {
			channel.close();
		}
	}

}
