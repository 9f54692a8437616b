package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import dev.briefing.config.BriefingConfig.Schedule;
import dev.briefing.config.BriefingConfig.Schedule.RunDate;

class NightlyScheduleTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aRunAfterMidnightReportsOnTheDayThatEnded() {
		NightlySchedule s = new NightlySchedule(new Schedule("0 30 2 * * *", RunDate.YESTERDAY, 7));
		ZonedDateTime next = s.next(ZonedDateTime.of(2024, 11, 25, 1, 0, 0, 0, SHANGHAI));
		assertThat(next).isEqualTo(ZonedDateTime.of(2024, 11, 25, 2, 30, 0, 0, SHANGHAI));
		assertThat(s.runDate(next)).isEqualTo(LocalDate.of(2024, 11, 24));
		assertThat(new NightlySchedule(new Schedule("0 30 2 * * *", RunDate.TODAY, 7)).runDate(next))
			.isEqualTo(LocalDate.of(2024, 11, 25));
	}

	@Test
	void theNightsOfTheCatchUpWindowAreDueOldestFirst() {
		NightlySchedule s = new NightlySchedule(new Schedule("0 30 2 * * *", RunDate.YESTERDAY, 3));
		ZonedDateTime now = ZonedDateTime.of(2024, 11, 25, 9, 0, 0, 0, SHANGHAI);
		assertThat(s.dueSince(now)).containsExactly(LocalDate.of(2024, 11, 22), LocalDate.of(2024, 11, 23),
				LocalDate.of(2024, 11, 24));
		assertThat(s.dueSince(ZonedDateTime.of(2024, 11, 25, 2, 0, 0, 0, SHANGHAI))).last()
			.isEqualTo(LocalDate.of(2024, 11, 23));
		assertThat(new NightlySchedule(new Schedule("0 30 2 * * *", RunDate.YESTERDAY, 0)).dueSince(now)).isEmpty();
	}

}
