package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;
import dev.briefing.cli.CliRun;

/**
 * A run killed in the middle of extraction (kill -9, or SIGTERM) is continued by
 * {@code restart} and ends with exactly the rows of a run that was never interrupted.
 */
class CrashRecoveryTest {

	private static final Pattern CHUNK = Pattern.compile("extractIndicators: chunk written, (\\d+) done");

	/** Small chunks: many commits to kill the run between. */
	private static final java.util.function.UnaryOperator<String> SMALL_CHUNKS = c -> c.replace("chunk-size: 100",
			"chunk-size: 10");

	@TempDir
	Path dir;

	@Test
	void killNineDuringExtractionThenRestartGivesTheRowsOfAnUninterruptedRun() throws Exception {
		JobTestSupport killed = JobTestSupport.in(dir.resolve("killed")).withConfig(SMALL_CHUNKS);
		new PageGenerator(7).write(killed.inbox(), 300, LocalDate.of(2024, 11, 22), 2);

		Process child = startChild(killed);
		waitForChunks(child, 3);
		child.destroyForcibly();
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

		CliRun status = CliRun.of(killed.args("status", "--json", "--limit", "1"));
		assertThat(status.out()).contains("\"status\":\"STARTED\"").contains("by a process that is gone");

		CliRun restart = CliRun.of(killed.args("restart", "--date", "2024-11-22"));
		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(restart.err()).contains("COMPLETED");

		JobTestSupport clean = new JobTestSupport(killed.inbox(), dir.resolve("clean/OUT"), dir.resolve("clean/DB"),
				killed.config());
		assertThat(clean.cli("run", "--date", "2024-11-22").exitCode()).isZero();

		List<String> afterRestart = figures(killed);
		assertThat(afterRestart).hasSizeGreaterThan(1000);
		assertThat(afterRestart).isEqualTo(figures(clean));
		assertThat(killed.indicatorValues("2024-W47")).isEqualTo(clean.indicatorValues("2024-W47"));
	}

	@Test
	void sigtermStopsTheRunCleanlyAndRestartFinishesIt() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(SMALL_CHUNKS);
		new PageGenerator(11).write(t.inbox(), 300, LocalDate.of(2024, 11, 22), 2);

		Process child = startChild(t);
		StringBuffer log = waitForChunks(child, 2);
		child.toHandle().destroy();
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(200);

		CliRun status = CliRun.of(t.args("status", "--json", "--limit", "1"));
		assertThat(status.out()).as(log.toString()).contains("\"status\":\"STOPPED\"");
		assertThat(log.toString()).contains("Termination requested: stopping execution");
		CliRun restart = CliRun.of(t.args("restart"));
		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
	}

	@Test
	void aSecondRunWhileOneRunsGivesUpAtOnceAndTheFirstCompletes() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(SMALL_CHUNKS);
		new PageGenerator(13).write(t.inbox(), 300, LocalDate.of(2024, 11, 22), 2);

		Process child = startChild(t);
		StringBuffer log = waitForChunks(child, 1);
		long started = System.nanoTime();
		CliRun second = CliRun.of(t.args("run", "--date", "2024-11-23"));
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(second.exitCode()).isEqualTo(3);
		assertThat(second.err()).contains("another run holds the lock")
			.contains("pid " + child.pid())
			.contains("run --date 2024-11-22");
		assertThat(seconds).isLessThan(30);

		assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).as(log.toString()).isZero();
		assertThat(log.toString()).contains("COMPLETED");
	}

	private Process startChild(JobTestSupport t) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx1g",
				"-Dlogging.level.dev.briefing.job.ProgressLogger=DEBUG", "dev.briefing.cli.BriefingMain"));
		cmd.addAll(List.of(t.args("run", "--date", "2024-11-22")));
		return new ProcessBuilder(cmd).redirectErrorStream(true).start();
	}

	/**
	 * Reads the child's log until the extract step has written {@code chunks} chunks; the
	 * rest of the log keeps being collected into the returned buffer.
	 */
	private static StringBuffer waitForChunks(Process child, int chunks) throws Exception {
		BufferedReader log = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		int seen = 0;
		StringBuffer all = new StringBuffer();
		for (String line; (line = log.readLine()) != null;) {
			all.append(line).append('\n');
			Matcher m = CHUNK.matcher(line);
			if (m.find() && ++seen >= chunks) {
				Thread drain = new Thread(() -> {
					try {
						for (String l; (l = log.readLine()) != null;) {
							all.append(l).append('\n');
						}
					}
					catch (java.io.IOException e) {
						// the child is gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return all;
			}
		}
		throw new AssertionError("the run ended before " + chunks + " chunks were extracted:\n" + all);
	}

	/**
	 * Every stored figure with the file, article and position it came from, in a stable
	 * order.
	 */
	private static List<String> figures(JobTestSupport t) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(t.url() + ";hsqldb.lock_file=false;shutdown=true", "SA", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.VALUE, G.UNIT, G.CATEGORY, G.TEXT
						FROM BRIEFING_FIGURE G JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID
						ORDER BY A.FILE_NAME, A.SEQ, G.SEQ""")) {
			while (rs.next()) {
				rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3) + "|"
						+ rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + "|" + rs.getString(5) + "|"
						+ rs.getString(6) + "|" + rs.getString(7));
			}
		}
		return rows;
	}

}
