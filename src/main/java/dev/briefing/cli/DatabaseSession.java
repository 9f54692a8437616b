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
 */
final class DatabaseSession {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSession.class);

	interface Work {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

	/** Work on the database's files while no other command may open them. */
	interface LockedWork {

		int run() throws Exception;

	}

	private DatabaseSession() {
	}

	static int with(BriefingConfig config, String command, Work work) {
		Places places = Places.of(config);
		return locked(config, command, context -> {
			try {
				DatabaseFiles.check(places);
				context[0] = BriefingApplication.start(config);
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
				log.error("start failed", e);
				System.err
					.println("briefing: cannot start with the database " + config.database() + ": " + rootMessage(e));
				return BriefingMain.FAILED;
			}
			try {
				return work.run(context[0]);
			}
			finally {
				context[0].close();
			}
		});
	}

	/**
	 * Runs work on the database's files under the run lock, without opening the database.
	 */
	static int withLockOnly(BriefingConfig config, String command, LockedWork work) {
		return locked(config, command, context -> work.run());
	}

	private interface Session {

		int run(ConfigurableApplicationContext[] context) throws Exception;

	}

	private static int locked(BriefingConfig config, String command, Session session) {
		Places places = Places.of(config);
		Path lockFile = RunLock.lockFileOf(config.database());
		Optional<RunLock> lock;
		try {
			lock = RunLock.tryAcquire(lockFile, command);
		}
		catch (IOException e) {
			Optional<Fault> fault = Faults.classify(e, places, false);
			System.err.println(fault.map(Fault::line)
				.orElse("briefing: cannot take the run lock " + lockFile + ": " + e.getMessage()));
			return fault.map(Fault::exitCode).orElse(BriefingMain.FAILED);
		}
		if (lock.isEmpty()) {
			System.err.println("briefing: another run holds the lock on the database " + config.database() + " ("
					+ RunLock.holder(lockFile) + "); giving up. Lock file: " + lockFile);
			return BriefingMain.LOCKED;
		}
		CountDownLatch finished = new CountDownLatch(1);
		ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
		Thread hook = new Thread(() -> stopRunningJob(context[0], finished), "briefing-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try (RunLock held = lock.get()) {
			return session.run(context);
		}
		catch (Exception e) {
			boolean night = command.matches("(schedule: )?(run|restart).*");
			Optional<Fault> fault = Faults.classify(e, places, night);
			if (fault.isPresent()) {
				log.error("{} failed", command, e);
				System.err.println(fault.get().line());
				return fault.get().exitCode();
			}
			System.err.println("briefing: " + command + " failed: " + rootMessage(e));
			log.error("{} failed", command, e);
			return BriefingMain.FAILED;
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

	static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (cause: " + root.getMessage() + ")";
	}

}
