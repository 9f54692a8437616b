package dev.briefing.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.PollableChannel;

/**
 * A {@code briefing worker} process: {@code threads} threads take partition requests off
 * the shared queue, one at a time each, and run the partition's step as Spring Batch's
 * {@code StepExecutionRequestHandler} does, against the shared job repository. A request
 * whose partition is no longer waiting (its night ended, was recovered after its manager
 * died, or the partition was given up by the manager's timeout) is discarded: work of a
 * dead execution never runs beside the new one. {@link #stop()} lets each running
 * partition finish its chunk, records it STOPPED and returns.
 */
public final class PartitionWorker {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	/** Where the execution context of a partition names the worker that ran it. */
	static final String WORKER_KEY = "briefing.worker";

	private static final Duration IDLE_POLL = Duration.ofMillis(500);

	private final PollableChannel requests;

	private final JobRepository repository;

	private final Function<String, Step> steps;

	private final String name;

	private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean stopping;

	PartitionWorker(PollableChannel requests, JobRepository repository, Function<String, Step> steps) {
		this.requests = requests;
		this.repository = repository;
		this.steps = steps;
		this.name = hostName() + ":" + ProcessHandle.current().pid();
	}

	/** host:pid, as the logs and the partitions' records name this worker. */
	public String name() {
		return name;
	}

	/**
	 * Takes and runs partitions on {@code threadCount} threads until {@link #stop()};
	 * returns when every thread has finished its partition.
	 */
	public void run(int threadCount) throws InterruptedException {
		synchronized (threads) {
			for (int i = 0; i < threadCount; i++) {
				Thread t = new Thread(this::takeRequests, "worker-" + i);
				threads.add(t);
				t.start();
			}
		}
		log.info("Worker {} waiting for partitions on {} thread(s)", name, threadCount);
		for (Thread t : List.copyOf(threads)) {
			t.join();
		}
		log.info("Worker {} stopped", name);
	}

	/**
	 * Asks the running partitions to stop after their current chunk and the threads to
	 * take no more requests.
	 */
	public void stop() {
		stopping = true;
		for (StepExecution s : running) {
			log.warn("Stopping partition {} of execution {} after its current chunk", s.getStepName(),
					s.getJobExecutionId());
			s.setTerminateOnly();
		}
	}

	private void takeRequests() {
		while (!stopping) {
			Message<?> message;
			try {
				message = requests.receive(0);
			}
			catch (RuntimeException e) {
				log.warn("Cannot take a partition request: {}", String.valueOf(e.getMessage()));
				message = null;
			}
			if (message == null) {
				sleep(IDLE_POLL);
				continue;
			}
			if (message.getPayload() instanceof StepExecutionRequest request) {
				try {
					handle(request);
				}
				catch (RuntimeException e) {
					// the job repository out of reach: the manager's timeout fails the
					// partition and a restart runs it again; this thread goes on
					log.error("Cannot run the partition of step execution {}: {}", request.getStepExecutionId(),
							e.getMessage(), e);
				}
			}
			else {
				log.warn("Discarding a message that is not a partition request: {}", message.getPayload());
			}
		}
	}

	private void handle(StepExecutionRequest request) {
		StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.warn("Discarding the request for {} (step execution {}): the job repository does not know it",
					request.getStepName(), request.getStepExecutionId());
			return;
		}
		JobExecution job = partition.getJobExecution();
		if (partition.getStatus() != BatchStatus.STARTING
				|| (job.getStatus() != BatchStatus.STARTED && job.getStatus() != BatchStatus.STARTING)) {
			log.info(
					"Discarding the request for {} of execution {}: the partition is {} and its execution {} "
							+ "(a request left by an execution that ended)",
					partition.getStepName(), job.getId(), partition.getStatus(), job.getStatus());
			return;
		}
		Step step = steps.apply(request.getStepName());
		partition.getExecutionContext().putString(WORKER_KEY, name);
		// recorded at once, so that a partition this worker dies in names it
		repository.updateExecutionContext(partition);
		log.info("Took partition {} of execution {} (queue keys {} to {})", partition.getStepName(), job.getId(),
				partition.getExecutionContext().get(ExtractPartitioner.FROM),
				partition.getExecutionContext().get(ExtractPartitioner.TO));
		long start = System.nanoTime();
		running.add(partition);
		try {
			if (stopping) {
				partition.setTerminateOnly();
			}
			step.execute(partition);
		}
		catch (JobInterruptedException e) {
			partition.setStatus(BatchStatus.STOPPED);
		}
		catch (Throwable e) {
			partition.addFailureException(e);
			partition.setStatus(BatchStatus.FAILED);
		}
		finally {
			running.remove(partition);
		}
		log.info("Partition {} of execution {} {}: {} article(s) read, {} written in {} s", partition.getStepName(),
				job.getId(), partition.getStatus(), partition.getReadCount(), partition.getWriteCount(),
				Duration.ofNanos(System.nanoTime() - start).toSeconds());
	}

	/** " on worker host:pid" when the partition's record names its worker, else "". */
	static String onWorker(StepExecution partition) {
		Object worker = partition.getExecutionContext().get(WORKER_KEY);
		return worker == null ? "" : " on worker " + worker;
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}

}
