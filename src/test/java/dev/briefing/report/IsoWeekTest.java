package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoWeekTest {

	@Test
	void weekOfADate() {
		assertThat(IsoWeek.of(LocalDate.of(2024, 11, 22))).hasToString("2024-W47");
		assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
		assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).hasToString("2020-W53");
	}

	@Test
	void mondayToSunday() {
		IsoWeek w = IsoWeek.parse("2024-W47");
		assertThat(w.monday()).isEqualTo(LocalDate.of(2024, 11, 18));
		assertThat(w.sunday()).isEqualTo(LocalDate.of(2024, 11, 24));
		assertThat(w.contains(LocalDate.of(2024, 11, 24))).isTrue();
		assertThat(w.contains(LocalDate.of(2024, 11, 25))).isFalse();
		assertThat(w.chinese()).isEqualTo("2024年第47周");
		assertThat(w.previous()).hasToString("2024-W46");
		assertThat(IsoWeek.parse("2025-W01").previous()).hasToString("2024-W52");
	}

	@Test
	void rejectsWhatIsNotAWeek() {
		assertThatThrownBy(() -> IsoWeek.parse("2024-47")).hasMessageContaining("not an ISO week");
		assertThatThrownBy(() -> IsoWeek.parse("2024-W53")).hasMessageContaining("2024 has no week 53");
		assertThat(IsoWeek.parse("2020-W53").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
	}

}
