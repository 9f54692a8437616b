package dev.briefing.job;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

import dev.briefing.config.BriefingConfig;

/** When nightly runs fire and which run date each one reports on. */
public final class NightlySchedule {

	private final CronExpression cron;

	private final BriefingConfig.Schedule schedule;

	public NightlySchedule(BriefingConfig.Schedule schedule) {
		this.cron = CronExpression.parse(schedule.cron());
		this.schedule = schedule;
	}

	/** The next firing after {@code now}, or null when the expression fires no more. */
	public ZonedDateTime next(ZonedDateTime now) {
		return cron.next(now);
	}

	/**
	 * The date a run fired at {@code fire} reports on: that day, or the day before (run
	 * after midnight).
	 */
	public LocalDate runDate(ZonedDateTime fire) {
		LocalDate d = fire.toLocalDate();
		return schedule.runDate() == BriefingConfig.Schedule.RunDate.YESTERDAY ? d.minusDays(1) : d;
	}

	/**
	 * The run dates of the firings in the last {@code catchUpDays} days up to
	 * {@code now}, oldest first.
	 */
	public List<LocalDate> dueSince(ZonedDateTime now) {
		Set<LocalDate> due = new LinkedHashSet<>();
		if (schedule.catchUpDays() == 0) {
			return List.of();
		}
		for (ZonedDateTime t = cron.next(now.minusDays(schedule.catchUpDays())); t != null
				&& !t.isAfter(now); t = cron.next(t)) {
			due.add(runDate(t));
		}
		return List.copyOf(due);
	}

}
