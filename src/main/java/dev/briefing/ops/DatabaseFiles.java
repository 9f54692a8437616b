package dev.briefing.ops;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.briefing.ops.Fault.Kind;

/**
 * Looks at the files of an HSQLDB file database before HSQLDB opens them, for what HSQLDB
 * would not say clearly or would write over: a folder that cannot be written, a
 * {@code .properties} file that is not one (HSQLDB would write a new one), a missing
 * {@code .script}, and another program holding the files with HSQLDB's own lock.
 */
public final class DatabaseFiles {

	private static final Logger log = LoggerFactory.getLogger(DatabaseFiles.class);

	/** How often HSQLDB refreshes the time in its lock file, with some slack. */
	static final Duration HEARTBEAT = Duration.ofMillis(10_600);

	private static final byte[] LOCK_MAGIC = "HSQLLOCK".getBytes(StandardCharsets.US_ASCII);

	private DatabaseFiles() {
	}

	/**
	 * Checks the files of the database of {@code places}; does nothing for a database
	 * server.
	 * @throws Fault.Found naming the fault and what to do
	 */
	public static void check(Places places) {
		Path db = places.database();
		if (db == null) {
			return;
		}
		Faults.requireWritable(places.databaseFolder(), places);
		heldByAnotherProgram(db, places);
		Path properties = sibling(db, "properties");
		if (Files.exists(properties)) {
			Properties p = new Properties();
			try (InputStream in = Files.newInputStream(properties)) {
				p.load(in);
			}
			catch (IOException | IllegalArgumentException e) {
				p.clear();
			}
			if (p.getProperty("version") == null) {
				throw damaged(places, properties, "it holds no HSQLDB version");
			}
		}
		boolean script = Files.exists(sibling(db, "script")) || Files.exists(sibling(db, "script.new"));
		if (!script && (Files.exists(sibling(db, "data")) || Files.exists(sibling(db, "log")))) {
			throw damaged(places, sibling(db, "script"), "it is missing beside " + sibling(db, "data").getFileName());
		}
	}

	private static Fault.Found damaged(Places places, Path file, String why) {
		return new Fault.Found(new Fault(Kind.DAMAGED, "the database file " + file + " is damaged or was written by "
				+ "another program (" + why + "); the files are left as they are. " + Faults.restoreAdvice(places)),
				null);
	}

	/**
	 * HSQLDB's lock file, refreshed every ten seconds by the program that has the files
	 * open; one left by a program that died is stale and ignored.
	 */
	private static void heldByAnotherProgram(Path db, Places places) {
		Path lock = sibling(db, "lck");
		long first = heartbeat(lock);
		if (first < 0) {
			return;
		}
		long age = System.currentTimeMillis() - first;
		if (age > HEARTBEAT.toMillis()) {
			return;
		}
		long wait = HEARTBEAT.toMillis() - age;
		log.info("HSQLDB's lock file {} was refreshed {} ms ago; waiting {} ms to see whether a program still holds it",
				lock, age, wait);
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		long second = heartbeat(lock);
		if (second >= 0 && second != first) {
			throw new Fault.Found(Faults.held(places, "HSQLDB lock file " + lock + ", refreshed "
					+ (System.currentTimeMillis() - second) / 1000 + " s ago"), null);
		}
	}

	/** The time HSQLDB last wrote into its lock file, or -1 when there is none. */
	static long heartbeat(Path lock) {
		if (!Files.isRegularFile(lock)) {
			return -1;
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(lock))) {
			byte[] magic = new byte[LOCK_MAGIC.length];
			in.readFully(magic);
			return Arrays.equals(magic, LOCK_MAGIC) ? in.readLong() : -1;
		}
		catch (IOException e) {
			return -1;
		}
	}

	static Path sibling(Path db, String extension) {
		return db.resolveSibling(db.getFileName() + "." + extension);
	}

}
