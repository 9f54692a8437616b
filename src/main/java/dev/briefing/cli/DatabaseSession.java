package dev.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import dev.briefing.BriefingApplication;
import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigException;
import dev.briefing.db.Dialect;
import dev.briefing.db.PostgresRunLock;
import dev.briefing.db.SchemaMigrations;
import dev.briefing.job.ExecutionHeldException;
import dev.briefing.job.JobRunner;
import dev.briefing.job.RunLock;
import dev.briefing.job.RunningExecution;
import dev.briefing.ops.DatabaseFiles;
import dev.briefing.ops.Fault;
import dev.briefing.ops.Faults;
import dev.briefing.ops.Places;

/**
 * A command's time with the database: the run lock first (exit 3 naming the holder when
 * another process has it), then the Spring context, closed at the end. SIGTERM stops a
 * running job at its next chunk boundary, so it ends STOPPED and can be restarted.
 * <p>
 * The lock: on HSQLDB every command holds a file lock beside the database files (one
 * process opens them at a time). On PostgreSQL the database keeps the lock: a command
 * that writes the store ({@link #with}) holds the {@link PostgresRunLock}, which keeps
 * out other writers on any machine, while a command that only reads ({@link #reading})
 * takes none and runs beside a night.
 */
final class DatabaseSession {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSession.class);

	interface Work {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

	private DatabaseSession() {
	}

	/** Work on the database's files while no other command may open them. */
	interface LockedWork {

		int run() throws Exception;

	}

	/**
	 * Runs work on the database's files under the run lock, without opening the database.
	 */
	static int withLockOnly(BriefingConfig config, String command, LockedWork work) {
		BriefingApplication.useTimeZone(config);
		Lock taken = lock(config.database(), config.login(), command, true, () -> {
		}, Places.of(config));
		if (taken.held() == null) {
			return taken.refused();
		}
		try (AutoCloseable held = taken.held()) {
			return work.run();
		}
		catch (Exception e) {
			return failed(command, e, Places.of(config), false);
		}
	}

	/** A command that writes the store: alone on the database. */
	static int with(BriefingConfig config, String command, Work work) {
		return session(config, command, true, work);
	}

	/**
	 * A command that only reads (status, report): on PostgreSQL it runs beside a night;
	 * on HSQLDB it holds the file lock like any other.
	 */
	static int reading(BriefingConfig config, String command, Work work) {
		return session(config, command, false, work);
	}

	/**
	 * Who holds the run lock on the database now, as the refusal names it (host, pid,
	 * start, command).
	 */
	static String holder(BriefingConfig config) {
		return Dialect.of(config.database()).oneProcessAtATime() ? RunLock.holder(RunLock.lockFileOf(config.database()))
				: PostgresRunLock.holder(config.database(), config.login());
	}

	/**
	 * The run lock a command takes on a database, or, when it cannot have it, the exit
	 * code of the refusal (whose one-line message is printed).
	 */
	record Lock(AutoCloseable held, int refused) {

		static Lock refused(int code) {
			return new Lock(null, code);
		}

	}

	/**
	 * Takes the run lock a command needs: the file lock beside an HSQLDB database, the
	 * database's run lock on PostgreSQL for a command that writes, none for one that
	 * reads PostgreSQL.
	 * @param onLost called when a PostgreSQL lock's connection is lost while held
	 */
	static Lock lock(String url, BriefingConfig.Login login, String command, boolean writes, Runnable onLost) {
		return lock(url, login, command, writes, onLost, null);
	}

	/**
	 * {@link #lock(String, BriefingConfig.Login, String, boolean, Runnable)}, telling a
	 * lock file that cannot be made (a full disk, a folder that cannot be written) in one
	 * line about those places.
	 */
	static Lock lock(String url, BriefingConfig.Login login, String command, boolean writes, Runnable onLost,
			Places places) {
		Dialect dialect = Dialect.of(url);
		if (dialect.oneProcessAtATime()) {
			Path lockFile = RunLock.lockFileOf(url);
			Optional<RunLock> fileLock;
			try {
				fileLock = RunLock.tryAcquire(lockFile, command);
			}
			catch (IOException e) {
				// a database folder that cannot be written or a full disk shows here
				// first
				Optional<Fault> fault = places == null ? Optional.empty() : Faults.classify(e, places, false);
				System.err.println(fault.map(Fault::line)
					.orElse("briefing: cannot take the run lock " + lockFile + ": " + e.getMessage()));
				return Lock.refused(fault.map(Fault::exitCode).orElse(BriefingMain.FAILED));
			}
			if (fileLock.isEmpty()) {
				System.err.println("briefing: another run holds the lock on the database " + url + " ("
						+ RunLock.holder(lockFile) + "); giving up. Lock file: " + lockFile);
				return Lock.refused(BriefingMain.LOCKED);
			}
			return new Lock(fileLock.get(), 0);
		}
		if (!writes) {
			return new Lock(() -> {
			}, 0);
		}
		String where = dialect.describe(url);
		Optional<PostgresRunLock> databaseLock;
		try {
			// the lock's holder row is a table of the schema: migrate first (Flyway keeps
			// concurrent migrations apart with a lock of its own)
			SchemaMigrations.apply(dialect.dataSource(url, login), dialect, where);
			databaseLock = PostgresRunLock.tryAcquire(url, login, command, onLost);
		}
		catch (ConfigException e) {
			System.err.println("briefing: " + e.getMessage());
			return Lock.refused(BriefingMain.USAGE);
		}
		catch (Exception e) {
			System.err.println("briefing: cannot take the run lock on the database " + where + ": " + rootMessage(e));
			log.debug("lock failed", e);
			return Lock.refused(BriefingMain.FAILED);
		}
		if (databaseLock.isEmpty()) {
			System.err.println("briefing: another run holds the lock on the database " + where + " ("
					+ PostgresRunLock.holder(url, login) + "); giving up");
			return Lock.refused(BriefingMain.LOCKED);
		}
		return new Lock(databaseLock.get(), 0);
	}

	private static int session(BriefingConfig config, String command, boolean writes, Work work) {
		BriefingApplication.useTimeZone(config);
		ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
		Places places = Places.of(config);
		Lock taken = lock(config.database(), config.login(), command, writes, () -> stopRunningJob(context[0], null),
				places);
		if (taken.held() == null) {
			return taken.refused();
		}
		AutoCloseable lock = taken.held();
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> stopRunningJob(context[0], finished), "briefing-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try (AutoCloseable held = lock) {
			try {
				DatabaseFiles.check(places);
				context[0] = BriefingApplication.start(config, !writes);
			}
			catch (RuntimeException e) {
				ConfigException refused = refusal(e);
				if (refused != null) {
					// a database this program must not touch (newer schema, foreign
					// tables): nothing to retry, the setup is wrong
					System.err.println("briefing: " + refused.getMessage());
					return BriefingMain.USAGE;
				}
				Optional<Fault> fault = Faults.classify(e, places, false);
				if (fault.isPresent()) {
					System.err.println(fault.get().line());
					log.debug("start failed", e);
					return fault.get().exitCode();
				}
				// the innermost cause says what is wrong (server down, account refused);
				// the URL is shown without a password
				System.err.println("briefing: cannot open the database "
						+ Dialect.of(config.database()).describe(config.database()) + ": " + innermost(e).getMessage());
				log.debug("start failed", e);
				return BriefingMain.FAILED;
			}
			try {
				return work.run(context[0]);
			}
			finally {
				context[0].close();
			}
		}
		catch (ExecutionHeldException e) {
			System.err.println("briefing: " + e.getMessage() + "; giving up");
			return BriefingMain.LOCKED;
		}
		catch (Exception e) {
			return failed(command, e, places, command.matches("(schedule: )?(run|restart).*"));
		}
		finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException e) {
				// the JVM is shutting down: the hook is running and waits for us
			}
		}
	}

	private static void stopRunningJob(ConfigurableApplicationContext context, CountDownLatch finished) {
		if (context == null || !context.isActive()) {
			return;
		}
		JobExecution running = context.getBean(RunningExecution.class).get();
		if (running != null) {
			log.warn("Termination requested: stopping execution {} at its next chunk boundary", running.getId());
			context.getBean(JobRunner.class).stop(running);
		}
		if (finished == null) {
			return;
		}
		try {
			if (!finished.await(120, TimeUnit.SECONDS)) {
				log.warn("The job did not stop within 120 s; exiting anyway (restart recovers it)");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigException refusal(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			if (c instanceof ConfigException e) {
				return e;
			}
		}
		return null;
	}

	static Throwable innermost(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/**
	 * Says why a command failed in one line on standard error (the fault's own line where
	 * the cause is one ops meet) and gives its exit code; the whole trace goes to the
	 * log.
	 */
	private static int failed(String command, Exception e, Places places, boolean night) {
		log.error("{} failed", command, e);
		Optional<Fault> fault = Faults.classify(e, places, night);
		if (fault.isPresent()) {
			System.err.println(fault.get().line());
			return fault.get().exitCode();
		}
		System.err.println("briefing: " + command + " failed: " + rootMessage(e));
		return BriefingMain.FAILED;
	}

	static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (cause: " + root.getMessage() + ")";
	}

}
