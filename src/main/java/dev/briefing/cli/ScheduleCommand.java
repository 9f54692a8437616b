package dev.briefing.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

import dev.briefing.config.BriefingConfig;
import dev.briefing.db.Dialect;
import dev.briefing.job.JobRunner;
import dev.briefing.job.NightlySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Stay up and start the nightly run at the job config's cron (schedule.cron, in its time "
				+ "zone). Nights missed while it was down (up to schedule.catch-up-days) are run when it starts.",
		"Several machines may schedule against one PostgreSQL database: each night runs once, on the node "
				+ "that takes the run lock first; the others log that it is already running or done and wait "
				+ "for the next one.",
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
		int code = DatabaseSession.reading(config, "schedule (catch-up check)", ctx -> {
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
		boolean[] done = new boolean[1];
		int code = DatabaseSession.with(config, "schedule: run --date " + date, ctx -> {
			JobRunner runner = ctx.getBean(JobRunner.class);
			// another node (or a manual run) may have run this night since it was due
			Optional<JobExecution> completed = runner.completedRun(date);
			if (completed.isPresent()) {
				done[0] = true;
				log.info("The night of {} is already done (execution {}, ended {}); waiting for the next one", date,
						completed.get().getId(), completed.get().getEndTime());
				return BriefingMain.OK;
			}
			return JobResults.report(runner.run(date));
		});
		if (code == BriefingMain.OK) {
			if (!done[0]) {
				log.info("Scheduled run of {} completed", date);
			}
		}
		else if (code == BriefingMain.LOCKED) {
			String holder = DatabaseSession.holder(config);
			Optional<JobExecution> completed = completedRun(config, date);
			if (completed.isPresent()) {
				log.info("The night of {} is already done (execution {}, ended {}); waiting for the next one", date,
						completed.get().getId(), completed.get().getEndTime());
			}
			else if (holder.contains("run --date " + date)) {
				log.info("The night of {} is already running ({}); waiting for the next one", date, holder);
			}
			else {
				log.warn("Scheduled run of {} not started: another run holds the lock ({}); it is caught up at the "
						+ "next start of schedule or by 'briefing run --date {}'", date, holder, date);
			}
		}
		else {
			log.error("Scheduled run of {} ended with exit code {}; 'briefing restart --date {}' resumes it", date,
					code, date);
		}
	}

	/**
	 * The completed run of the date, read beside the lock's holder where the database
	 * allows it (PostgreSQL); empty when it cannot be read now.
	 */
	private static Optional<JobExecution> completedRun(BriefingConfig config, LocalDate date) {
		if (Dialect.of(config.database()).oneProcessAtATime()) {
			return Optional.empty();
		}
		List<JobExecution> found = new ArrayList<>();
		int code = DatabaseSession.reading(config, "schedule (is the night of " + date + " done?)", ctx -> {
			ctx.getBean(JobRunner.class).completedRun(date).ifPresent(found::add);
			return BriefingMain.OK;
		});
		return code == BriefingMain.OK ? found.stream().findFirst() : Optional.empty();
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
