package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliProcess;
import dev.briefing.cli.Json;
import dev.briefing.db.PostgresDatabaseExtension;
import dev.briefing.db.PostgresTestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Two {@code schedule} processes (two nodes) against one PostgreSQL database: each night
 * runs once; the other node says it is already running or done and waits for the next
 * one.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class TwoNodeScheduleTest {

	private static final Pattern NEXT = Pattern.compile("Next run at \\S+ for run date (\\S+)");

	@TempDir
	Path dir;

	@Test
	void eachNightRunsOnceAcrossTwoNodes(PostgresTestDatabase db) throws Exception {
		// a schedule that fires every ten seconds and reports on the day it fires
		JobTestSupport t = JobTestSupport.in(dir)
			.withConfig(c -> c.replace("0 30 2 * * *", "*/10 * * * * *")
				.replace("run-date: yesterday", "run-date: today")
				.replace("catch-up-days: 7", "catch-up-days: 0"))
			.on(db);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");

		try (CliProcess a = CliProcess.start(t.args("schedule")); CliProcess b = CliProcess.start(t.args("schedule"))) {
			String date = runDate(a.awaitLine(l -> NEXT.matcher(l).find(), 120));
			String ran = "Scheduled run of " + date + " completed";
			String running = "The night of " + date + " is already running";
			String done = "The night of " + date + " is already done";
			for (CliProcess node : List.of(a, b)) {
				node.awaitLine(l -> l.contains(ran) || l.contains(running) || l.contains(done), 180);
			}
			// and at the next firing both find the night done
			for (CliProcess node : List.of(a, b)) {
				node.awaitLine(l -> l.contains(done), 120);
			}
			String logs = a.log() + b.log();
			assertThat(count(logs, ran)).as(logs).isEqualTo(1);
			CliProcess other = a.log().contains(ran) ? b : a;
			assertThat(other.log()).as(logs).containsAnyOf(running, done);
			if (other.log().contains(running)) {
				CliProcess runner = other == a ? b : a;
				assertThat(other.log()).contains("pid " + runner.pid());
			}
			a.terminate();
			b.terminate();
			a.waitFor(60);
			b.waitFor(60);

			List<JsonNode> status = t.cli("status", "--json")
				.lines()
				.stream()
				.map(Json.MAPPER::readTree)
				.filter(n -> date.equals(n.get("date").asString()))
				.toList();
			assertThat(status).hasSize(1);
			assertThat(status.get(0).get("status").asString()).isEqualTo("COMPLETED");
		}
	}

	private static String runDate(String line) {
		Matcher m = NEXT.matcher(line);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
