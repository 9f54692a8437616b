package dev.briefing.job;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The execution this process runs now, for the shutdown hook that stops it on SIGTERM.
 */
@Component
public class RunningExecution implements JobExecutionListener {

	private final AtomicReference<JobExecution> current = new AtomicReference<>();

	@Override
	public void beforeJob(JobExecution jobExecution) {
		current.set(jobExecution);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		current.compareAndSet(jobExecution, null);
	}

	public JobExecution get() {
		return current.get();
	}

}
