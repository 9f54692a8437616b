package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.cli.Json;
import tools.jackson.databind.JsonNode;

/**
 * The nightly job through the command line, on a real HSQLDB file database in a scratch
 * folder.
 */
class NightlyBriefingJobTest {

	@TempDir
	Path dir;

	@Test
	void aRunWritesTheWeeksWorkbookAndASecondRunDuplicatesNothing() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");

		CliRun first = t.cli("run", "--date", "2024-11-22");
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(t.workbook("2024-W47")).isRegularFile();
		List<Double> values = t.indicatorValues("2024-W47");
		assertThat(values).isNotEmpty();
		long figures = t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE");
		long articles = t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE");
		assertThat(figures).isEqualTo(values.size());

		CliRun second = t.cli("run", "--date", "2024-11-22");
		assertThat(second.exitCode()).as(second.err()).isZero();
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(figures);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE")).isEqualTo(articles);

		List<JsonNode> status = CliRun.of(t.args("status", "--json"))
			.lines()
			.stream()
			.map(Json.MAPPER::readTree)
			.toList();
		assertThat(status).hasSize(2);
		assertThat(status.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(status.get(0).get("date").asString()).isEqualTo("2024-11-22");
		assertThat(status.get(0).get("report").asString()).endsWith("briefing-2024-W47.xlsx");
		assertThat(status.get(0).get("steps").get(0).get("read").asInt()).isZero();
		assertThat(status.get(1).get("steps").get(0).get("read").asInt()).isEqualTo(1);
		assertThat(status.get(1).get("steps").get(1).get("write").asLong()).isEqualTo(articles);
	}

	@Test
	void theSeedPageGivesItsFiguresAsNumbersAndARerunKeepsThem() throws Exception {
		Path seed = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed),
				"../shared/seed not present: the shared acceptance page is not beside this checkout");
		JobTestSupport t = JobTestSupport.in(dir);
		Files.copy(seed, t.inbox().resolve("2024-11-22_seed-page.txt"));

		CliRun first = t.cli("run", "--date", "2024-11-22");
		assertThat(first.exitCode()).as(first.err()).isZero();
		List<Double> values = t.indicatorValues("2024-W47");
		assertThat(values).hasSizeGreaterThanOrEqualTo(28)
			.contains(32375.0, 86.7, 547.0, 343.0, 26.0, 18.0, 552.0, 903.0, 50.7, 2300.0, 2000.0, 251.0, 61.0, 8000.0,
					40.0, 165.8789, 26.5578, 139.3211, 1.76, 417.0, 83.8741, 27.153, 28.294);

		CliRun second = t.cli("run", "--date", "2024-11-22");
		assertThat(second.exitCode()).as(second.err()).isZero();
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
	}

	@Test
	void aWorkbookThatCannotBeWrittenFailsTheRunAndRestartRunsOnlyThatStep() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		Files.createDirectories(t.reports());
		Path blocker = t.reports().resolve("2024-W47");
		Files.writeString(blocker, "a file where the week's folder should be");

		CliRun failed = t.cli("run", "--date", "2024-11-22");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err()).contains("FAILED").contains("a file stands where its folder should be");

		Files.delete(blocker);
		CliRun restarted = t.cli("restart", "--date", "2024-11-22");
		assertThat(restarted.exitCode()).as(restarted.err()).isZero();
		assertThat(t.workbook("2024-W47")).isRegularFile();

		List<JsonNode> status = CliRun.of(t.args("status", "--json"))
			.lines()
			.stream()
			.map(Json.MAPPER::readTree)
			.toList();
		assertThat(status.get(0).get("status").asString()).isEqualTo("COMPLETED");
		// the steps left: the workbook, then its mail (nothing to mail without
		// delivery.mail)
		assertThat(status.get(0).get("steps")).hasSize(2);
		assertThat(status.get(0).get("steps").get(0).get("name").asString()).isEqualTo("writeWorkbook");
		assertThat(status.get(0).get("steps").get(1).get("name").asString()).isEqualTo("sendBriefing");
		assertThat(status.get(0).get("mail").asString()).isEqualTo("not mailed: the job config has no delivery.mail");
		assertThat(status.get(1).get("status").asString()).isEqualTo("FAILED");
		assertThat(status.get(1).get("failure").asString()).contains("a file stands where its folder should be");

		CliRun nothing = t.cli("restart");
		assertThat(nothing.exitCode()).isZero();
		assertThat(nothing.err()).contains("nothing to restart");
	}

	@Test
	void aSecondRunWhileTheLockIsHeldGivesUpWithThree() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		Path lockFile = RunLock.lockFileOf(t.url());
		try (RunLock held = RunLock.tryAcquire(lockFile, "run --date 2024-11-21").orElseThrow()) {
			CliRun second = t.cli("run", "--date", "2024-11-22");
			assertThat(second.exitCode()).isEqualTo(3);
			assertThat(second.err()).contains("another run holds the lock")
				.contains("pid " + ProcessHandle.current().pid())
				.contains("run --date 2024-11-21");
		}
	}

	@Test
	void reportRewritesAWeekFromTheStore() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		List<Double> values = t.indicatorValues("2024-W47");
		Files.delete(t.workbook("2024-W47"));

		CliRun report = t.cli("report", "--week", "2024-W47");
		assertThat(report.exitCode()).as(report.err()).isZero();
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
		assertThat(t.cli("report", "--week", "2024-47").exitCode()).isEqualTo(2);
	}

}
