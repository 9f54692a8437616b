package dev.briefing.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import dev.briefing.config.BriefingConfig;
import dev.briefing.job.JobRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restart", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Continue the latest failed, stopped or crashed run (of the date, or the execution) from "
						+ "its failed step and last committed chunk; completed steps are not run again.",
				"A run left STARTED by a killed process is recovered first (marked FAILED), and the log says so. "
						+ "When nothing needs continuing it says so and exits 0.",
				"A night that failed at sendBriefing (mail server down or refusing) is continued by mailing the "
						+ "workbook, nothing else. A date whose mail went out is not mailed again unless --resend is "
						+ "given." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the run completed, or nothing needed continuing",
				"1:the run failed again", "2:bad usage or config", "3:another run holds the lock" })
final class RestartCommand implements Callable<Integer> {

	@ArgGroup(exclusive = true)
	Which which;

	static final class Which {

		@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The run date whose run to continue.")
		LocalDate date;

		@Option(names = "--execution", paramLabel = "ID", description = "The execution to continue.")
		Long execution;

	}

	@Option(names = "--resend",
			description = "Mail the workbook even when this date's mail already went out (with delivery.mail).")
	boolean resend;

	@Mixin
	PathOptions paths;

	@Mixin
	PartitionsOption partitions;

	@Override
	public Integer call() {
		BriefingConfig config = partitions.apply(paths.loadForWorkbooks());
		LocalDate date = which == null ? null : which.date;
		Long id = which == null ? null : which.execution;
		String what = (date != null ? "restart --date " + date : id != null ? "restart --execution " + id : "restart")
				+ (resend ? " --resend" : "");
		return DatabaseSession.with(config, what, ctx -> {
			Optional<JobExecution> e = ctx.getBean(JobRunner.class).restart(date, id, resend);
			if (e.isEmpty()) {
				System.err.println("briefing: nothing to restart: no failed or stopped run"
						+ (date != null ? " of " + date : id != null ? " for execution " + id : ""));
				return BriefingMain.OK;
			}
			int code = JobResults.report(e.get());
			NightlyBackup.after(e.get(), ctx, config);
			return code;
		});
	}

}
