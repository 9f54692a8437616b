package dev.briefing.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.IsoWeek;

/**
 * Starts, resumes and lists the job's executions. Callers hold the run lock on the
 * database, so an execution found running belongs to a process that died and is recovered
 * before anything else, unless a live process still holds part of it (on PostgreSQL, a
 * worker still running one of its partitions: {@link LiveExecutions}).
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final int SCAN_INSTANCES = 10_000;

	/** The job parameter that asks for the mail even when it went out before. */
	static final String RESEND = "resend";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightlyBriefing;

	private final Job refreshWeeks;

	private final BriefingConfig config;

	private final LiveExecutions live;

	// the jobs are built when first run: a command that only reads their records never
	// builds them
	JobRunner(JobOperator jobOperator, JobRepository jobRepository, @Lazy Job nightlyBriefing, @Lazy Job refreshWeeks,
			BriefingConfig config, DatabaseLifecycle database, LiveExecutions live) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightlyBriefing = nightlyBriefing;
		this.refreshWeeks = refreshWeeks;
		this.config = config;
		this.live = live;
	}

	/**
	 * Marks executions left running by a killed process as failed, so they can be
	 * restarted.
	 * @throws ExecutionHeldException when a live process still runs part of one
	 */
	public List<JobExecution> recoverCrashed() {
		List<JobExecution> recovered = new ArrayList<>();
		for (String job : List.of(NightlyBriefingJobConfiguration.NIGHTLY, NightlyBriefingJobConfiguration.REFRESH)) {
			for (JobExecution e : jobRepository.findRunningJobExecutions(job)) {
				refuseIfHeld(e);
				log.warn(
						"Execution {} of {} ({}) was left {} by a process that is gone (killed or crashed); "
								+ "marking it FAILED so it can be restarted",
						e.getId(), job, describe(e), e.getStatus());
				recovered.add(jobOperator.recover(e));
			}
		}
		return recovered;
	}

	private void refuseIfHeld(JobExecution e) {
		Optional<String> runner = live.runner(e);
		if (runner.isPresent()) {
			throw new ExecutionHeldException("execution " + e.getId() + " (" + describe(e)
					+ ") is still running in a live process (" + runner.get() + ")");
		}
		JobExecution stored = jobRepository.getJobExecution(e.getId());
		for (var step : (stored == null ? e : stored).getStepExecutions()) {
			Optional<String> worker = step.getStatus().isRunning() ? live.runner(step) : Optional.empty();
			if (worker.isPresent()) {
				throw new ExecutionHeldException("execution " + e.getId() + " (" + describe(e) + ") was left "
						+ e.getStatus() + ", but its step " + step.getStepName() + " (step execution " + step.getId()
						+ ") still runs in a live worker (" + worker.get()
						+ "); it is recovered once that worker ends or is stopped");
			}
		}
	}

	/**
	 * The nightly run of a date: resumes that date's failed or stopped run, else starts a
	 * new pass that takes in the files that arrived since the last one. A date's mail
	 * goes out once.
	 */
	public JobExecution run(LocalDate date) throws Exception {
		return run(date, false);
	}

	/**
	 * As {@link #run(LocalDate)}; with {@code resend} the workbook is mailed even when a
	 * mail of the date went out before.
	 */
	public JobExecution run(LocalDate date, boolean resend) throws Exception {
		recoverCrashed();
		Optional<JobExecution> last = lastExecutionOfDate(date);
		long pass = 1;
		if (last.isPresent()) {
			JobExecution e = last.get();
			if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED) {
				log.info("The run of {} stopped unfinished (execution {}, {}); resuming it from its failed step", date,
						e.getId(), e.getStatus());
				return resume(e, resend);
			}
			Long p = e.getJobParameters().getLong("pass");
			pass = (p == null ? 1 : p) + 1;
		}
		JobParametersBuilder params = new JobParametersBuilder().addLocalDate("runDate", date)
			.addLong("pass", pass)
			.addString("inbox", config.inbox().path().toString(), false)
			.addString("reports", config.reports().toString(), false);
		if (resend) {
			params.addString(RESEND, "true", false);
		}
		return jobOperator.start(nightlyBriefing, params.toJobParameters());
	}

	/**
	 * Restarts a failed or stopped execution; with {@code resend} a nightly run is given
	 * the non-identifying parameter {@value #RESEND}, which Batch lets a restart of the
	 * same instance change.
	 */
	private JobExecution resume(JobExecution e, boolean resend) throws Exception {
		if (!resend || !NightlyBriefingJobConfiguration.NIGHTLY.equals(e.getJobInstance().getJobName())) {
			return jobOperator.restart(e);
		}
		JobParameters params = new JobParametersBuilder(e.getJobParameters()).addString(RESEND, "true", false)
			.toJobParameters();
		return jobOperator.start(nightlyBriefing, params);
	}

	/**
	 * Re-extracts the stored articles of the weeks with the current catalog and rewrites
	 * their workbooks.
	 */
	public JobExecution refresh(List<IsoWeek> weeks) throws Exception {
		recoverCrashed();
		JobParameters params = new JobParametersBuilder()
			.addString("weeks", weeks.stream().map(IsoWeek::toString).collect(Collectors.joining(",")))
			.addLocalDateTime("requested", LocalDateTime.now(config.timeZone()))
			.addString("reports", config.reports().toString(), false)
			.toJobParameters();
		return jobOperator.start(refreshWeeks, params);
	}

	/**
	 * Continues the latest failed or stopped execution (of the date or the id when given)
	 * from its failed step; empty when there is none to continue.
	 */
	public Optional<JobExecution> restart(LocalDate date, Long executionId) throws Exception {
		return restart(date, executionId, false);
	}

	/**
	 * As {@link #restart(LocalDate, Long)}; with {@code resend} the workbook is mailed
	 * even when a mail of the run date went out before.
	 */
	public Optional<JobExecution> restart(LocalDate date, Long executionId, boolean resend) throws Exception {
		recoverCrashed();
		Optional<JobExecution> target;
		if (executionId != null) {
			JobExecution e = jobRepository.getJobExecution(executionId);
			if (e == null) {
				throw new IllegalArgumentException("there is no execution " + executionId);
			}
			JobExecution latest = jobRepository.getLastJobExecution(e.getJobInstance());
			if (latest != null && latest.getId() != e.getId()) {
				log.info("Execution {} was followed by execution {} ({}) of the same run", e.getId(), latest.getId(),
						latest.getStatus());
				e = latest;
			}
			target = Optional.of(e).filter(JobRunner::restartable);
		}
		else if (date != null) {
			target = lastExecutionOfDate(date).filter(JobRunner::restartable);
		}
		else {
			target = recent(50).stream()
				.filter(e -> e.getId() == lastOfInstance(e).getId())
				.filter(JobRunner::restartable)
				.findFirst();
		}
		if (target.isEmpty()) {
			return Optional.empty();
		}
		log.info("Restarting execution {} ({}) of {}", target.get().getId(), describe(target.get()),
				target.get().getJobInstance().getJobName());
		return Optional.of(resume(target.get(), resend));
	}

	/** The newest executions of both jobs, newest first. */
	public List<JobExecution> recent(int limit) {
		List<JobExecution> all = new ArrayList<>();
		for (String job : List.of(NightlyBriefingJobConfiguration.NIGHTLY, NightlyBriefingJobConfiguration.REFRESH)) {
			for (JobInstance i : jobRepository.getJobInstances(job, 0, limit)) {
				all.addAll(jobRepository.getJobExecutions(i));
			}
		}
		all.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return all.size() > limit ? all.subList(0, limit) : all;
	}

	/**
	 * Asks the running execution to stop at its next chunk boundary; it ends STOPPED and
	 * can be restarted. Called from a shutdown hook: it only flags the execution and its
	 * running step, which the job's own thread checks and records.
	 * ({@code JobOperator.stop} would also bind the step's scope to the calling thread
	 * and close it there, dropping the step-scoped reader in the middle of a chunk.)
	 */
	public void stop(JobExecution execution) {
		execution.setStatus(BatchStatus.STOPPING);
		for (var step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setTerminateOnly();
			}
		}
	}

	/** Whether a run of the date has completed. */
	public boolean completed(LocalDate date) {
		return completedRun(date).isPresent();
	}

	/** The first completed run of the date, if any. */
	public Optional<JobExecution> completedRun(LocalDate date) {
		return jobRepository.getJobInstances(NightlyBriefingJobConfiguration.NIGHTLY, 0, SCAN_INSTANCES)
			.stream()
			.flatMap(i -> jobRepository.getJobExecutions(i).stream())
			.filter(e -> e.getStatus() == BatchStatus.COMPLETED
					&& date.equals(e.getJobParameters().getLocalDate("runDate")))
			.min(Comparator.comparingLong(JobExecution::getId));
	}

	private Optional<JobExecution> lastExecutionOfDate(LocalDate date) {
		return jobRepository.getJobInstances(NightlyBriefingJobConfiguration.NIGHTLY, 0, SCAN_INSTANCES)
			.stream()
			.map(jobRepository::getLastJobExecution)
			.filter(e -> e != null && date.equals(e.getJobParameters().getLocalDate("runDate")))
			.max(Comparator.comparingLong(JobExecution::getId));
	}

	private JobExecution lastOfInstance(JobExecution e) {
		JobExecution last = jobRepository.getLastJobExecution(e.getJobInstance());
		return last == null ? e : last;
	}

	private static boolean restartable(JobExecution e) {
		return e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED;
	}

	static String describe(JobExecution e) {
		LocalDate d = e.getJobParameters().getLocalDate("runDate");
		String weeks = e.getJobParameters().getString("weeks");
		return d != null ? "run date " + d : weeks != null ? "weeks " + weeks : "no date";
	}

}
