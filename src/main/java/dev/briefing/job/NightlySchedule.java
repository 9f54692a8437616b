package dev.briefing.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

	/**
	 * The next firing after {@code now}, or null when the expression fires no more. The
	 * expression is read in wall-clock time of {@code now}'s zone, so a daylight-saving
	 * change neither skips a night (02:30 that does not exist fires at 03:30) nor repeats
	 * one (02:30 that comes twice fires the first time).
	 */
	public ZonedDateTime next(ZonedDateTime now) {
		LocalDateTime local = now.toLocalDateTime();
		while (true) {
			local = cron.next(local);
			if (local == null) {
				return null;
			}
			ZonedDateTime fire = ZonedDateTime.ofLocal(local, now.getZone(), null);
			if (fire.isAfter(now)) {
				return fire;
			}
		}
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
		for (ZonedDateTime t = next(now.minusDays(schedule.catchUpDays())); t != null && !t.isAfter(now); t = next(t)) {
			due.add(runDate(t));
		}
		return List.copyOf(due);
	}

}
