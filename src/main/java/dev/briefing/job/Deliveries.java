package dev.briefing.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Which nights' mails went out, read from Spring Batch's own records: a mail was sent by
 * a {@value NightlyBriefingJobConfiguration#SEND_STEP} step that completed with
 * {@value SendBriefingTasklet#SENT_KEY} in its execution context. A run date is run again
 * as new job instances with a higher {@code pass}, so the earlier passes of the date are
 * looked up by their parameters.
 */
@Component
public class Deliveries {

	private final JobRepository jobRepository;

	Deliveries(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * A mail of the same run date sent before {@code current}, described for the log
	 * ({@code execution 3 mailed it to a@x.org on 2024-11-23T02:31}); empty when none
	 * was.
	 */
	Optional<String> sentBefore(JobExecution current) {
		LocalDate date = current.getJobParameters().getLocalDate("runDate");
		if (date == null) {
			return Optional.empty();
		}
		Long pass = current.getJobParameters().getLong("pass");
		List<JobExecution> earlier = new ArrayList<>(jobRepository.getJobExecutions(current.getJobInstance()));
		for (long p = 1; pass != null && p < pass; p++) {
			JobParameters identifying = new JobParametersBuilder().addLocalDate("runDate", date)
				.addLong("pass", p)
				.toJobParameters();
			JobInstance instance = jobRepository.getJobInstance(NightlyBriefingJobConfiguration.NIGHTLY, identifying);
			if (instance != null) {
				earlier.addAll(jobRepository.getJobExecutions(instance));
			}
		}
		for (JobExecution e : earlier) {
			if (e.getId() == current.getId()) {
				continue;
			}
			for (StepExecution s : e.getStepExecutions()) {
				String sent = sent(s);
				if (sent != null) {
					return Optional.of("execution " + e.getId() + " mailed it to " + sent
							+ (s.getEndTime() == null ? "" : " on " + s.getEndTime().withNano(0)));
				}
			}
		}
		return Optional.empty();
	}

	/** Whom the step mailed the workbook to, or null when it sent nothing. */
	static String sent(StepExecution step) {
		if (!NightlyBriefingJobConfiguration.SEND_STEP.equals(step.getStepName())
				|| step.getStatus() != BatchStatus.COMPLETED) {
			return null;
		}
		return step.getExecutionContext().getString(SendBriefingTasklet.SENT_KEY, null);
	}

	/**
	 * What became of the execution's mail, in a line for {@code status}: sent (to whom),
	 * or why not; null for an execution that has no mail step.
	 */
	public static String outcome(JobExecution execution) {
		for (StepExecution s : execution.getStepExecutions()) {
			if (!NightlyBriefingJobConfiguration.SEND_STEP.equals(s.getStepName())) {
				continue;
			}
			if (s.getStatus() == BatchStatus.COMPLETED) {
				return s.getExecutionContext().getString(SendBriefingTasklet.OUTCOME_KEY, "sent");
			}
			if (s.getStatus().isUnsuccessful()) {
				return "not sent: " + firstLine(s.getExitStatus().getExitDescription());
			}
			return "not sent yet: the step is " + s.getStatus();
		}
		if (NightlyBriefingJobConfiguration.NIGHTLY.equals(execution.getJobInstance().getJobName())
				&& execution.getStatus().isUnsuccessful()) {
			return "not sent: the run stopped before " + NightlyBriefingJobConfiguration.SEND_STEP;
		}
		return null;
	}

	/** The message of the first line of a step's exit description, without its class. */
	private static String firstLine(String description) {
		if (description == null || description.isBlank()) {
			return "the step failed";
		}
		String line = description.lines().findFirst().orElse("");
		int colon = line.indexOf(": ");
		boolean named = colon > 0 && line.substring(0, colon).matches("[\\w.$]+");
		return named ? line.substring(colon + 2) : line;
	}

}
