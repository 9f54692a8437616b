package dev.briefing.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import dev.briefing.config.BriefingConfig;
import dev.briefing.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"One nightly run: take in the inbox files not seen before, extract their figures and write "
						+ "the workbook of the ISO week that contains the date.",
				"Running a date again takes in only the files that arrived since, rewrites the workbook and "
						+ "duplicates nothing; a date whose run failed is resumed from its failed step. Files that "
						+ "cannot be read are skipped, named in the workbook's 数据质量 sheet and the log, and do "
						+ "not fail the run.",
				"With delivery.mail in the job config the workbook is then mailed; a date whose mail went out is "
						+ "not mailed again unless --resend is given. A mail server that is down or refuses fails the "
						+ "sendBriefing step alone: 'briefing restart' sends it once the server is back." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the run completed (skipped files included)",
				"1:the run failed (see the log; " + "'briefing restart' resumes it)", "2:bad usage or config",
				"3:another run holds the lock" })
final class RunCommand implements Callable<Integer> {

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "Run date (default: today in the config's time zone).")
	LocalDate date;

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
		LocalDate runDate = date != null ? date : LocalDate.now(config.timeZone());
		return DatabaseSession.with(config, "run --date " + runDate + (resend ? " --resend" : ""), ctx -> {
			JobExecution e = ctx.getBean(JobRunner.class).run(runDate, resend);
			int code = JobResults.report(e);
			NightlyBackup.after(e, ctx, config);
			return code;
		});
	}

}
