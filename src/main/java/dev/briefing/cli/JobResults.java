package dev.briefing.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import dev.briefing.job.Deliveries;

/**
 * Turns a finished execution into the command's exit code and a line on standard error.
 */
final class JobResults {

	private JobResults() {
	}

	static int report(JobExecution e) {
		String report = e.getExecutionContext().getString("report", "");
		if (e.getStatus() == BatchStatus.COMPLETED) {
			String mail = Deliveries.outcome(e);
			System.err.println("briefing: execution " + e.getId() + " COMPLETED"
					+ (report.isEmpty() ? "" : "; workbook: " + report.replace(";", ", "))
					+ (mail == null ? "" : "; mail: " + mail));
			return BriefingMain.OK;
		}
		String why = e.getAllFailureExceptions().isEmpty() ? e.getExitStatus().getExitDescription()
				: DatabaseSession.rootMessage(e.getAllFailureExceptions().get(0));
		System.err.println("briefing: execution " + e.getId() + " " + e.getStatus()
				+ (why == null || why.isBlank() ? "" : ": " + why.lines().findFirst().orElse(""))
				+ "; 'briefing restart --execution " + e.getId() + "' resumes it from its failed step");
		return BriefingMain.FAILED;
	}

}
