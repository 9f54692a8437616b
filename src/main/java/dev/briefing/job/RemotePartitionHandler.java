package dev.briefing.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * The manager side of remote partitioning: Spring Batch's
 * {@link MessageChannelPartitionHandler} sends one {@code StepExecutionRequest} a
 * partition to the request queue and polls the job repository until every partition has
 * finished. Beside it a watchdog ends the wait when work stops: a partition a worker took
 * that has not committed for {@code scale.partition-timeout} (its worker was killed or
 * lost the database), or partitions no worker has taken while nothing else moved for that
 * long (no worker running). Those partitions are marked FAILED in the job repository with
 * the reason, so the night fails naming them and a restart reruns only the partitions
 * that did not finish, on whichever workers are running then.
 */
final class RemotePartitionHandler implements PartitionHandler {

	private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

	private final MessageChannelPartitionHandler delegate;

	private final JobRepository repository;

	private final String partitionStep;

	private final Duration timeout;

	private final Duration pollInterval;

	RemotePartitionHandler(MessageChannel requests, JobRepository repository, String partitionStep, int gridSize,
			Duration timeout) {
		this.repository = repository;
		this.partitionStep = partitionStep;
		this.timeout = timeout;
		this.pollInterval = pollInterval(timeout);
		this.delegate = new MessageChannelPartitionHandler();
		delegate.setStepName(partitionStep);
		delegate.setJobRepository(repository);
		delegate.setMessagingOperations(new MessagingTemplate(requests));
		delegate.setGridSize(gridSize);
		delegate.setPollInterval(pollInterval.toMillis());
		try {
			delegate.afterPropertiesSet();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A tenth of the timeout, between 100 ms and 1 s. */
	static Duration pollInterval(Duration timeout) {
		long ms = Math.max(100, Math.min(1000, timeout.toMillis() / 10));
		return Duration.ofMillis(ms);
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		Watchdog watchdog = new Watchdog(manager);
		Thread thread = new Thread(watchdog, "partition-watchdog");
		thread.setDaemon(true);
		thread.start();
		Collection<StepExecution> finished;
		try {
			finished = delegate.handle(splitter, manager);
		}
		finally {
			watchdog.stop();
			thread.interrupt();
			thread.join(10_000);
			refresh(manager);
		}
		String stalled = watchdog.failure.get();
		if (stalled != null) {
			throw new RemotePartitionException(stalled);
		}
		List<StepExecution> failed = finished.stream()
			.filter(s -> s.getStatus().isUnsuccessful())
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.toList();
		if (!failed.isEmpty()) {
			StepExecution first = failed.get(0);
			String why = first.getExitStatus().getExitDescription();
			throw new RemotePartitionException(
					"partition " + first.getStepName() + " " + first.getStatus() + PartitionWorker.onWorker(first)
							+ (why == null || why.isBlank() ? "" : ": " + why.lines().findFirst().orElse(""))
							+ (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : ""));
		}
		return finished;
	}

	/**
	 * Copies what the workers recorded into this process's partition executions, so that
	 * the night's summary shows them as they ended.
	 */
	private void refresh(StepExecution manager) {
		for (StepExecution mine : manager.getJobExecution().getStepExecutions()) {
			if (!mine.getStepName().startsWith(partitionStep + ":")) {
				continue;
			}
			try {
				StepExecution theirs = repository.getStepExecution(mine.getId());
				if (theirs != null) {
					mine.setStatus(theirs.getStatus());
					mine.setExitStatus(theirs.getExitStatus());
					mine.setReadCount(theirs.getReadCount());
					mine.setWriteCount(theirs.getWriteCount());
					mine.setFilterCount(theirs.getFilterCount());
					mine.setCommitCount(theirs.getCommitCount());
					mine.setReadSkipCount(theirs.getReadSkipCount());
					mine.setProcessSkipCount(theirs.getProcessSkipCount());
					mine.setWriteSkipCount(theirs.getWriteSkipCount());
					mine.setStartTime(theirs.getStartTime());
					mine.setEndTime(theirs.getEndTime());
				}
			}
			catch (RuntimeException e) {
				log.debug("Cannot read partition {} back", mine.getStepName(), e);
			}
		}
	}

	/** Human form of a timeout: 30 min, 20 s, 1500 ms. */
	static String format(Duration d) {
		if (d.toMillis() % 60_000 == 0) {
			return d.toMinutes() + " min";
		}
		if (d.toMillis() % 1000 == 0) {
			return d.toSeconds() + " s";
		}
		return d.toMillis() + " ms";
	}

	/** Watches the partitions of one manager execution while it waits for them. */
	private final class Watchdog implements Runnable {

		private final StepExecution manager;

		private final long jobExecutionId;

		private boolean stopRequested;

		/** Per partition: the version last seen and when (this process's clock). */
		private final Map<Long, long[]> seen = new HashMap<>();

		private final AtomicReference<String> failure = new AtomicReference<>();

		private volatile boolean running = true;

		private long lastMove = System.nanoTime();

		/** How many partitions had finished at the last round. */
		private long finishedSeen = -1;

		Watchdog(StepExecution manager) {
			this.manager = manager;
			this.jobExecutionId = manager.getJobExecutionId();
		}

		void stop() {
			running = false;
		}

		@Override
		public void run() {
			while (running) {
				try {
					Thread.sleep(pollInterval.toMillis());
					check();
				}
				catch (InterruptedException e) {
					return;
				}
				catch (RuntimeException e) {
					// the database away for a moment: look again at the next round
					log.warn("Cannot look at the partitions of execution {}: {}", jobExecutionId, e.getMessage());
				}
			}
		}

		private void check() {
			if (manager.isTerminateOnly() && !stopRequested) {
				// SIGTERM or stop here: the workers learn it from the job repository at
				// their next commit and stop after that chunk
				stopRequested = true;
				JobExecution mine = manager.getJobExecution();
				if (mine.getStatus() == BatchStatus.STOPPING) {
					repository.update(mine);
				}
				log.warn("Stop requested: partitions running on workers stop after their current chunk, "
						+ "partitions no worker took yet are not started");
			}
			JobExecution job = repository.getJobExecution(jobExecutionId);
			if (job == null) {
				return;
			}
			long now = System.nanoTime();
			List<StepExecution> waiting = new ArrayList<>();
			List<StepExecution> stalled = new ArrayList<>();
			boolean taken = false;
			for (StepExecution s : job.getStepExecutions()) {
				if (!s.getStepName().startsWith(partitionStep + ":") || !s.getStatus().isRunning()) {
					continue;
				}
				long[] last = seen.get(s.getId());
				int version = s.getVersion() == null ? 0 : s.getVersion();
				if (last == null || last[0] != version) {
					seen.put(s.getId(), new long[] { version, now });
					lastMove = now;
					last = seen.get(s.getId());
				}
				// a worker names itself in the partition before it starts the step
				if (s.getStatus() == BatchStatus.STARTING
						&& !s.getExecutionContext().containsKey(PartitionWorker.WORKER_KEY)) {
					waiting.add(s);
				}
				else {
					taken = true;
					if (now - last[1] > timeout.toNanos()) {
						stalled.add(s);
					}
				}
			}
			// a partition finishing also counts as work going on
			long done = job.getStepExecutions()
				.stream()
				.filter(s -> s.getStepName().startsWith(partitionStep + ":") && !s.getStatus().isRunning())
				.count();
			if (seen.size() > 0 && done != finishedSeen) {
				finishedSeen = done;
				lastMove = now;
			}
			if (stopRequested && !waiting.isEmpty()) {
				mark(waiting, BatchStatus.STOPPED, ExitStatus.STOPPED, "stopped before a worker took it");
				finishedSeen += waiting.size();
				return;
			}
			if (!stalled.isEmpty()) {
				String reason = "partition " + names(stalled) + PartitionWorker.onWorker(stalled.get(0))
						+ " made no progress for " + format(timeout)
						+ " (scale.partition-timeout); its worker stopped or was killed";
				if (fail(stalled, reason)) {
					failure.compareAndSet(null, reason);
				}
				// failed here, not finished by a worker: no sign of work going on
				finishedSeen += stalled.size();
			}
			if (!taken && !waiting.isEmpty() && now - lastMove > timeout.toNanos()) {
				String reason = "no worker took partition " + names(waiting) + " within " + format(timeout)
						+ " (scale.partition-timeout); start ./briefing worker";
				if (fail(waiting, reason)) {
					failure.compareAndSet(null, reason);
				}
				finishedSeen += waiting.size();
			}
		}

		private boolean fail(List<StepExecution> partitions, String reason) {
			return mark(partitions, BatchStatus.FAILED, ExitStatus.FAILED, reason);
		}

		private boolean mark(List<StepExecution> partitions, BatchStatus status, ExitStatus exit, String reason) {
			boolean all = true;
			for (StepExecution s : partitions) {
				s.setStatus(status);
				s.setExitStatus(exit.addExitDescription(reason));
				s.setEndTime(LocalDateTime.now());
				try {
					repository.update(s);
					log.warn("Partition {} of execution {} marked {}: {}", s.getStepName(), jobExecutionId, status,
							reason);
				}
				catch (OptimisticLockingFailureException e) {
					// it moved after all: look again at the next round
					seen.remove(s.getId());
					all = false;
				}
			}
			return all;
		}

		private static String names(List<StepExecution> partitions) {
			List<String> names = partitions.stream().map(StepExecution::getStepName).sorted().toList();
			return names.size() <= 3 ? String.join(", ", names)
					: String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
		}

	}

}
