package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.config.BriefingConfig.Schedule;
import dev.briefing.config.BriefingConfig.Schedule.RunDate;
import dev.briefing.report.IsoWeek;

/**
 * The calendar's edges: ISO weeks across New Year (2024-12-30 is in 2025-W01, 2020 has a
 * W53), runs at 00:30 Asia/Shanghai reporting on the day that ended, the schedule across
 * the change of month and year and across a daylight-saving change. End to end, the
 * week's folder, the workbook's title and the overview's previous week are those of the
 * ISO calendar.
 */
class CalendarEdgesTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final NightlySchedule HALF_PAST_MIDNIGHT = new NightlySchedule(
			new Schedule("0 30 0 * * *", RunDate.YESTERDAY, 3));

	@TempDir
	Path dir;

	@Test
	void aRunAtHalfPastMidnightReportsOnTheDayThatEndedInTheWeekOfThatDay() {
		// New Year's night: the run fires in 2025 and reports on 2024-12-31, which is in
		// 2025-W01
		ZonedDateTime fire = HALF_PAST_MIDNIGHT.next(ZonedDateTime.of(2024, 12, 31, 23, 0, 0, 0, SHANGHAI));
		assertThat(fire).isEqualTo(ZonedDateTime.of(2025, 1, 1, 0, 30, 0, 0, SHANGHAI));
		assertThat(HALF_PAST_MIDNIGHT.runDate(fire)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(IsoWeek.of(HALF_PAST_MIDNIGHT.runDate(fire))).hasToString("2025-W01");

		// a machine whose clock is in UTC: 16:00 UTC is already past midnight in Shanghai
		ZonedDateTime utcAfternoon = Instant.parse("2024-12-31T16:45:00Z").atZone(SHANGHAI);
		ZonedDateTime nextFromUtc = HALF_PAST_MIDNIGHT.next(utcAfternoon);
		assertThat(nextFromUtc.toInstant()).isEqualTo(Instant.parse("2025-01-01T16:30:00Z"));
		assertThat(HALF_PAST_MIDNIGHT.runDate(nextFromUtc)).isEqualTo(LocalDate.of(2025, 1, 1));

		// the change of month: 1 December's run reports on 30 November, in 2024-W48
		ZonedDateTime december = HALF_PAST_MIDNIGHT.next(ZonedDateTime.of(2024, 11, 30, 23, 59, 0, 0, SHANGHAI));
		assertThat(HALF_PAST_MIDNIGHT.runDate(december)).isEqualTo(LocalDate.of(2024, 11, 30));
		assertThat(IsoWeek.of(LocalDate.of(2024, 11, 30))).hasToString("2024-W48");
		assertThat(IsoWeek.of(LocalDate.of(2024, 12, 2))).hasToString("2024-W49");

		// 2020 has a week 53, which runs into 2021
		assertThat(IsoWeek.of(LocalDate.of(2020, 12, 31))).hasToString("2020-W53");
		assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).hasToString("2020-W53");
		assertThat(IsoWeek.of(LocalDate.of(2021, 1, 4))).hasToString("2021-W01");
		assertThat(IsoWeek.parse("2021-W01").previous()).hasToString("2020-W53");
		assertThat(IsoWeek.parse("2020-W53").previous()).hasToString("2020-W52");
	}

	@Test
	void theCatchUpAcrossNewYearTakesEachMissedNightOnceOldestFirst() {
		ZonedDateTime now = ZonedDateTime.of(2025, 1, 2, 9, 0, 0, 0, SHANGHAI);
		assertThat(HALF_PAST_MIDNIGHT.dueSince(now)).containsExactly(LocalDate.of(2024, 12, 30),
				LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1));
		assertThat(HALF_PAST_MIDNIGHT.dueSince(now).stream().map(IsoWeek::of).map(String::valueOf).distinct())
			.containsExactly("2025-W01");
		// started at 00:15, before that night's firing: the night that just ended is not
		// due yet
		assertThat(HALF_PAST_MIDNIGHT.dueSince(ZonedDateTime.of(2025, 1, 1, 0, 15, 0, 0, SHANGHAI)))
			.containsExactly(LocalDate.of(2024, 12, 28), LocalDate.of(2024, 12, 29), LocalDate.of(2024, 12, 30));
	}

	@Test
	void aDaylightSavingChangeNeitherSkipsNorRepeatsANight() {
		// a zone with daylight saving, and a run time that does not exist one night a
		// year and comes twice another
		NightlySchedule berlin = new NightlySchedule(new Schedule("0 30 2 * * *", RunDate.YESTERDAY, 7));
		ZoneId zone = ZoneId.of("Europe/Berlin");
		assertThat(firings(berlin, ZonedDateTime.of(2024, 3, 29, 12, 0, 0, 0, zone), 4)).containsExactly(
				LocalDate.of(2024, 3, 29), LocalDate.of(2024, 3, 30), LocalDate.of(2024, 3, 31),
				LocalDate.of(2024, 4, 1));
		assertThat(firings(berlin, ZonedDateTime.of(2024, 10, 25, 12, 0, 0, 0, zone), 4)).containsExactly(
				LocalDate.of(2024, 10, 25), LocalDate.of(2024, 10, 26), LocalDate.of(2024, 10, 27),
				LocalDate.of(2024, 10, 28));
		assertThat(berlin.dueSince(ZonedDateTime.of(2024, 3, 31, 12, 0, 0, 0, zone))).containsExactly(
				LocalDate.of(2024, 3, 24), LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 26),
				LocalDate.of(2024, 3, 27), LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 29),
				LocalDate.of(2024, 3, 30));
	}

	/** The run dates of the next {@code count} firings after {@code from}. */
	private static List<LocalDate> firings(NightlySchedule schedule, ZonedDateTime from, int count) {
		List<LocalDate> dates = new ArrayList<>();
		ZonedDateTime t = from;
		for (int k = 0; k < count; k++) {
			t = schedule.next(t);
			dates.add(schedule.runDate(t));
		}
		return dates;
	}

	@Test
	void theWeekAcrossNewYearHasItsFolderTitleAndPreviousWeek() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		article(t, "2024-12-27_visits.txt", "12月26日", "30000");
		CliRun friday = t.cli("run", "--date", "2024-12-27");
		assertThat(friday.exitCode()).as(friday.err()).isZero();
		article(t, "2024-12-31_visits.txt", "12月31日", "32375");
		CliRun newYearsEve = t.cli("run", "--date", "2024-12-31");
		assertThat(newYearsEve.exitCode()).as(newYearsEve.err()).isZero();

		assertThat(overview(t.workbook("2024-W52"), "走访小微企业数")).containsExactly("郑州经开区经济指标周报 2024年第52周（12月23日—12月29日）",
				"30000.0", "—", "");
		assertThat(overview(t.workbook("2025-W01"), "走访小微企业数"))
			.containsExactly("郑州经开区经济指标周报 2025年第1周（2024年12月30日—2025年1月5日）", "32375.0", "30000.0", "2024年第52周");
		assertThat(Files.exists(t.reports().resolve("2024-W01"))).as("no folder of the calendar year's week").isFalse();
	}

	@Test
	void weekFiftyThreeOf2020IsAWeekOfItsOwn() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		article(t, "2021-01-02_visits.txt", "1月2日", "30000");
		CliRun w53 = t.cli("run", "--date", "2021-01-03");
		assertThat(w53.exitCode()).as(w53.err()).isZero();
		article(t, "2021-01-04_visits.txt", "1月4日", "30500");
		CliRun w01 = t.cli("run", "--date", "2021-01-04");
		assertThat(w01.exitCode()).as(w01.err()).isZero();

		assertThat(overview(t.workbook("2020-W53"), "走访小微企业数"))
			.containsExactly("郑州经开区经济指标周报 2020年第53周（2020年12月28日—2021年1月3日）", "30000.0", "—", "");
		assertThat(overview(t.workbook("2021-W01"), "走访小微企业数")).containsExactly("郑州经开区经济指标周报 2021年第1周（1月4日—1月10日）",
				"30500.0", "30000.0", "2020年第53周");
	}

	private static void article(JobTestSupport t, String file, String day, String visited) throws IOException {
		Files.writeString(t.inbox().resolve(file),
				"经开区走访小微企业\n\n本报讯 截至" + day + "，经开区共走访小微企业" + visited + "家，其中有融资意向的企业547家。\n");
	}

	/**
	 * The overview's title and, for the headline row of the label, this week's value, the
	 * previous value and the previous week (— and blank where there is none).
	 */
	private static List<String> overview(Path workbook, String label) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet("概览");
			List<String> out = new ArrayList<>();
			out.add(sheet.getRow(0).getCell(0).getStringCellValue());
			for (Row row : sheet) {
				if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
					for (int c : new int[] { 1, 3, 4 }) {
						out.add(row.getCell(c) == null ? "" : row.getCell(c).toString());
					}
					return out;
				}
			}
			throw new AssertionError("no row " + label + " in " + workbook);
		}
	}

}
