package dev.briefing.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.briefing.config.BriefingConfig;
import dev.briefing.job.JobRunner;
import dev.briefing.job.NightlySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Stay up and start the nightly run at the job config's cron (schedule.cron, in its time "
				+ "zone). Nights missed while it was down (up to schedule.catch-up-days) are run when it starts.",
		"A run started after midnight reports on the day that just ended (schedule.run-date: yesterday). "
				+ "The database is opened only while a run goes on, so status and manual runs work between "
				+ "runs. A systemd timer or crontab line (see README) does the same without a resident " + "process." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "2:bad usage or config" })
final class ScheduleCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

	@Mixin
	PathOptions paths;

	@Override
	public Integer call() throws InterruptedException {
		BriefingConfig config = paths.loadForWorkbooks();
		NightlySchedule cron = new NightlySchedule(config.schedule());
		log.info("Scheduling nightly runs at '{}' ({}), run date: {}", config.schedule().cron(), config.timeZone(),
				config.schedule().runDate().name().toLowerCase());
		catchUp(config, cron);
		while (true) {
			ZonedDateTime next = cron.next(ZonedDateTime.now(config.timeZone()));
			if (next == null) {
				log.error("The cron expression '{}' fires no more; stopping", config.schedule().cron());
				return BriefingMain.USAGE;
			}
			LocalDate date = cron.runDate(next);
			log.info("Next run at {} for run date {}", next, date);
			sleepUntil(next, config);
			runOnce(config, date);
		}
	}

	private void catchUp(BriefingConfig config, NightlySchedule cron) {
		int days = config.schedule().catchUpDays();
		List<LocalDate> due = cron.dueSince(ZonedDateTime.now(config.timeZone()));
		if (due.isEmpty()) {
			return;
		}
		List<LocalDate> missed = new ArrayList<>();
		int code = DatabaseSession.with(config, "schedule (catch-up check)", ctx -> {
			JobRunner runner = ctx.getBean(JobRunner.class);
			for (LocalDate d : due) {
				if (!runner.completed(d)) {
					missed.add(d);
				}
			}
			return BriefingMain.OK;
		});
		if (code != BriefingMain.OK) {
			log.warn("Could not check for missed nights (exit {}); they are caught up at the next start", code);
			return;
		}
		if (missed.isEmpty()) {
			log.info("No night of the last {} day(s) was missed", days);
		}
		for (LocalDate d : missed) {
			log.info("Catching up the missed run of {}", d);
			runOnce(config, d);
		}
	}

	private static void runOnce(BriefingConfig config, LocalDate date) {
		int code = DatabaseSession.with(config, "schedule: run --date " + date, ctx -> {
			org.springframework.batch.core.job.JobExecution e = ctx.getBean(JobRunner.class).run(date);
			int result = JobResults.report(e);
			NightlyBackup.after(e, ctx, config);
			return result;
		});
		if (code == BriefingMain.OK) {
			log.info("Scheduled run of {} completed", date);
		}
		else if (code == BriefingMain.LOCKED) {
			log.warn("Scheduled run of {} not started: another run holds the lock; it is caught up at the next "
					+ "start of schedule or by 'briefing run --date {}'", date, date);
		}
		else {
			log.error("Scheduled run of {} ended with exit code {}; 'briefing restart --date {}' resumes it", date,
					code, date);
		}
	}

	private static void sleepUntil(ZonedDateTime when, BriefingConfig config) throws InterruptedException {
		while (true) {
			Duration left = Duration.between(ZonedDateTime.now(config.timeZone()), when);
			if (left.isNegative() || left.isZero()) {
				return;
			}
			// Short naps, so a clock change or a suspended machine does not push the run
			// far off.
			Thread.sleep(Math.min(left.toMillis(), 60_000));
		}
	}

}
