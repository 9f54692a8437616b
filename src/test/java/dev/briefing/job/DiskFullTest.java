package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;

/**
 * A disk that fills up under the reports folder or the database: the night fails with one
 * line saying which disk is full, nothing half-written is left in place, and once space
 * is freed {@code restart} completes with the values of a night that never failed. The
 * disks are small tmpfs filesystems mounted for the test; each command runs in a JVM of
 * its own, as ops run it.
 */
class DiskFullTest {

	private static final String FIGURES = """
			SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.VALUE, G.UNIT, G.CATEGORY FROM BRIEFING_FIGURE G
			JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID ORDER BY A.FILE_NAME, A.SEQ, G.SEQ""";

	@TempDir
	Path dir;

	@Test
	void aReportsDiskTooSmallForTheWorkbookFailsTheNightUntilSpaceIsFreed() throws Exception {
		JobTestSupport clean = JobTestSupport.in(dir.resolve("clean"));
		new PageGenerator(3).write(clean.inbox(), 20, LocalDate.of(2024, 11, 22), 1);
		assertThat(clean.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		long size = Files.size(clean.workbook("2024-W47"));

		try (Tmpfs fs = Tmpfs.mount(dir.resolve("REPFS"), size / 2 / 1024 + "k")) {
			JobTestSupport t = new JobTestSupport(clean.inbox(), fs.dir(), dir.resolve("DB"));
			ChildRun failed = ChildRun.of(t.args("run", "--date", "2024-11-22"));
			assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
			List<String> told = failed.briefingLines();
			assertThat(told).as(failed.output()).hasSize(1);
			assertThat(told.get(0)).matches("briefing: the disk of the reports folder " + fs.dir()
					+ " is full \\(\\d+ KB free of \\d+ KB\\): no workbook was put in place \\(one written before is "
					+ "left as it was\\); free space on it, then run 'briefing restart'");
			assertThat(failed.output()).contains("cause: the disk of the reports folder " + fs.dir() + " is full");
			try (Stream<Path> left = Files.walk(fs.dir())) {
				assertThat(left.filter(Files::isRegularFile).toList()).as("nothing half-written in place").isEmpty();
			}

			fs.resize("64m");
			ChildRun restart = ChildRun.of(t.args("restart"));
			assertThat(restart.exitCode()).as(restart.output()).isZero();
			assertThat(t.indicatorValues("2024-W47")).isEqualTo(clean.indicatorValues("2024-W47"));
		}
	}

	@Test
	void aDatabaseDiskThatFillsDuringIngestionFailsTheNightUntilSpaceIsFreed() throws Exception {
		JobTestSupport clean = JobTestSupport.in(dir.resolve("clean"));
		new PageGenerator(5).write(clean.inbox(), 80, LocalDate.of(2024, 11, 22), 1);
		assertThat(clean.cli("run", "--date", "2024-11-22").exitCode()).isZero();

		try (Tmpfs fs = Tmpfs.mount(dir.resolve("DBFS"), "1m")) {
			JobTestSupport t = new JobTestSupport(clean.inbox(), dir.resolve("OUT"), fs.dir());
			ChildRun failed = ChildRun.of(t.args("run", "--date", "2024-11-22"));
			assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
			List<String> told = failed.briefingLines();
			assertThat(told).as(failed.output()).hasSize(1);
			assertThat(told.get(0)).startsWith("briefing: the disk of the database folder " + fs.dir() + " is full (")
				.endsWith("free of 1.0 MB): free space on it, then run 'briefing restart'; what was committed "
						+ "before is kept");
			assertThat(failed.output()).contains("error executing step ingestArticles");
			assertThat(t.workbook("2024-W47")).doesNotExist();

			fs.resize("256m");
			ChildRun restart = ChildRun.of(t.args("restart"));
			assertThat(restart.exitCode()).as(restart.output()).isZero();
			assertThat(t.strings(FIGURES)).hasSizeGreaterThan(300).isEqualTo(clean.strings(FIGURES));
			assertThat(t.indicatorValues("2024-W47")).isEqualTo(clean.indicatorValues("2024-W47"));
		}
	}

}
