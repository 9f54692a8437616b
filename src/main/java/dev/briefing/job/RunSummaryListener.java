package dev.briefing.job;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends every run's log with a summary ops can read at once: status, steps, skipped files,
 * workbook.
 */
@Component
class RunSummaryListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	private final JdbcClient jdbc;

	RunSummaryListener(javax.sql.DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
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
