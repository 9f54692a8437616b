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

	private DatabaseSession() {
	}

	static int with(BriefingConfig config, String command, Work work) {
		return with(config, command, false, work);
	}

	/**
	 * As {@link #with(BriefingConfig, String, Work)}; {@code readOnly} for a command that
	 * only reads the job's records: a lean context (see
	 * {@link BriefingApplication#start(BriefingConfig, boolean)}).
	 */
	static int with(BriefingConfig config, String command, boolean readOnly, Work work) {
		Path lockFile = RunLock.lockFileOf(config.database());
		Optional<RunLock> lock;
		try {
			lock = RunLock.tryAcquire(lockFile, command);
		}
		catch (IOException e) {
			System.err.println("briefing: cannot take the run lock " + lockFile + ": " + e.getMessage());
			return BriefingMain.FAILED;
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
			try {
				context[0] = BriefingApplication.start(config, readOnly);
			}
			catch (RuntimeException e) {
				ConfigException refused = refusal(e);
				if (refused != null) {
					// a database this program must not touch (newer schema, foreign
					// tables): nothing to retry, the setup is wrong
					System.err.println("briefing: " + refused.getMessage());
					return BriefingMain.USAGE;
				}
				System.err
					.println("briefing: cannot start with the database " + config.database() + ": " + rootMessage(e));
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
		catch (Exception e) {
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
