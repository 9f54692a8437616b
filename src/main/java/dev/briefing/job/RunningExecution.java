package dev.briefing.job;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The execution this process runs now, for the shutdown hook that stops it on SIGTERM,
 * and for other processes that ask whether it is still running ({@link LiveExecutions}).
 */
@Component
public class RunningExecution implements JobExecutionListener {

	private final AtomicReference<JobExecution> current = new AtomicReference<>();

	private final LiveExecutions live;

	RunningExecution(LiveExecutions live) {
		this.live = live;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		current.set(jobExecution);
		live.started(jobExecution);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		current.compareAndSet(jobExecution, null);
	}

	public JobExecution get() {
		return current.get();
	}

}
