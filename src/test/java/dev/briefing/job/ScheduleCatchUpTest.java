package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

/**
 * {@code schedule} started after nights without a run catches them up, then waits for the
 * next night.
 */
class ScheduleCatchUpTest {

	@TempDir
	Path dir;

	@Test
	void missedNightsAreRunAtStart() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir)
			.withConfig(c -> c.replace("catch-up-days: 7", "catch-up-days: 2").replace("0 30 2 * * *", "0 0 0 * * *"));
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<String> due = List.of(today.minusDays(2).toString(), today.minusDays(1).toString());

		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "dev.briefing.cli.BriefingMain"));
		cmd.addAll(List.of(t.args("schedule")));
		Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		StringBuilder log = new StringBuilder();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				log.append(line).append('\n');
				if (line.contains("Next run at")) {
					break;
				}
			}
		}
		finally {
			child.destroy();
			child.waitFor(60, TimeUnit.SECONDS);
		}
		for (String date : due) {
			assertThat(log).as(log.toString())
				.contains("Catching up the missed run of " + date)
				.contains("Scheduled run of " + date + " completed");
		}
		assertThat(log).contains("Next run at " + today.plusDays(1) + "T00:00+08:00");

		String status = CliRun.of(t.args("status", "--json")).out();
		for (String date : due) {
			assertThat(status).contains("\"date\":\"" + date + "\"");
		}
		assertThat(status).doesNotContain("FAILED");
	}

}
