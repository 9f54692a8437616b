package dev.briefing.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ops.Fault;
import dev.briefing.ops.Faults;
import dev.briefing.ops.Places;

/**
 * Ends every run's log with a summary ops can read at once: status, steps, skipped files,
 * workbook.
 */
@Component
public class RunSummaryListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	/**
	 * Keys of the job's execution context under which a failed run keeps its fault in one
	 * line, and the exit code that goes with it.
	 */
	public static final String FAULT_KEY = "fault";

	public static final String FAULT_EXIT_KEY = "faultExit";

	private final JdbcClient jdbc;

	private final BriefingConfig config;

	RunSummaryListener(javax.sql.DataSource dataSource, BriefingConfig config) {
		this.jdbc = JdbcClient.create(dataSource);
		this.config = config;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		StringBuilder params = new StringBuilder();
		execution.getJobParameters()
			.parameters()
			.stream()
			.sorted(java.util.Comparator.comparing(p -> p.name()))
			.forEach(p -> params.append(params.isEmpty() ? "" : ", ").append(p.name()).append(' ').append(p.value()));
		log.info("Started {} execution {}: {}", execution.getJobInstance().getJobName(), execution.getId(), params);
	}

	@Override
	public void afterJob(JobExecution execution) {
		StringBuilder s = new StringBuilder();
		s.append("Run summary: ")
			.append(execution.getJobInstance().getJobName())
			.append(" execution ")
			.append(execution.getId())
			.append(" ")
			.append(execution.getStatus());
		if (execution.getStartTime() != null && execution.getEndTime() != null) {
			s.append(" in ")
				.append(Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0)
				.append(" s");
		}
		for (StepExecution step : execution.getStepExecutions()) {
			s.append(String.format("%n  %-18s %-9s read %d, written %d, skipped %d", step.getStepName(),
					step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount()));
			for (Throwable t : step.getFailureExceptions()) {
				s.append("\n    failed: ").append(rootMessage(t));
			}
		}
		if (execution.getStatus().isUnsuccessful()) {
			String reports = execution.getJobParameters().getString("reports");
			Places places = Places.of(reports == null ? config : config.withReports(java.nio.file.Path.of(reports)));
			for (Throwable t : execution.getAllFailureExceptions()) {
				java.util.Optional<Fault> fault = Faults.classify(t, places, true);
				if (fault.isPresent()) {
					s.append("\n  cause: ").append(fault.get().message());
					execution.getExecutionContext().putString(FAULT_KEY, fault.get().line());
					execution.getExecutionContext().putInt(FAULT_EXIT_KEY, fault.get().exitCode());
					break;
				}
			}
		}
		var skipped = jdbc.sql(
				"SELECT FILE_NAME, DETAIL FROM BRIEFING_PROBLEM WHERE EXECUTION_ID = ? AND KIND = 'SKIPPED_FILE' ORDER BY ID")
			.param(execution.getId())
			.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2))
			.list();
		if (!skipped.isEmpty()) {
			s.append("\n  skipped files (").append(skipped.size()).append("):");
			skipped.forEach(f -> s.append("\n    ").append(f));
		}
		String report = execution.getExecutionContext().getString(WriteWorkbookTasklet.REPORT_KEY, "");
		if (!report.isEmpty()) {
			s.append("\n  workbook: ").append(report.replace(";", "\n            "));
		}
		String mail = Deliveries.outcome(execution);
		if (mail != null) {
			s.append("\n  mail: ").append(mail);
		}
		if (execution.getStatus().isUnsuccessful()) {
			log.error("{}", s);
		}
		else {
			log.info("{}", s);
		}
	}

	static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String m = root.getClass().getSimpleName() + ": " + root.getMessage();
		return root == t ? m : t.getMessage() + " (" + m + ")";
	}

}
