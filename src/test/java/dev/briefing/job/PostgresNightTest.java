package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;
import dev.briefing.cli.CliProcess;
import dev.briefing.cli.CliRun;
import dev.briefing.cli.Json;
import dev.briefing.config.BriefingConfig;
import dev.briefing.db.PostgresDatabaseExtension;
import dev.briefing.db.PostgresTestDatabase;
import dev.briefing.db.PostgresTestServer;
import dev.briefing.db.SessionLocks;
import tools.jackson.databind.JsonNode;

/**
 * The nightly job on a real PostgreSQL server started by the tests: the same figures and
 * workbooks as on HSQLDB, and concurrency kept by the database (status and report while a
 * night runs in another JVM, one writing command at a time, recovery of what no live
 * process holds).
 */
@ExtendWith(PostgresDatabaseExtension.class)
class PostgresNightTest {

	/** Small chunks: a night in another JVM is caught in the middle of its extraction. */
	private static final java.util.function.UnaryOperator<String> SMALL_CHUNKS = c -> c.replace("chunk-size: 100",
			"chunk-size: 10");

	private static final List<String> CHUNK_LOG = List.of("-Dlogging.level.dev.briefing.job.ProgressLogger=DEBUG");

	@TempDir
	Path dir;

	@Test
	void theSeedPageGivesItsFigures(PostgresTestDatabase db) throws Exception {
		Path seed = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(seed),
				"../shared/seed not present: the shared acceptance page is not beside this checkout");
		JobTestSupport t = JobTestSupport.in(dir).on(db);
		Files.copy(seed, t.inbox().resolve("2024-11-22_seed-page.txt"));

		CliRun first = t.cli("run", "--date", "2024-11-22");
		assertThat(first.exitCode()).as(first.err()).isZero();
		List<Double> values = t.indicatorValues("2024-W47");
		assertThat(values).hasSizeGreaterThanOrEqualTo(28)
			.contains(32375.0, 86.7, 547.0, 343.0, 26.0, 18.0, 552.0, 903.0, 50.7, 2300.0, 2000.0, 251.0, 61.0, 8000.0,
					40.0, 165.8789, 26.5578, 139.3211, 1.76, 417.0, 83.8741, 27.153, 28.294);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(values.size());

		CliRun second = t.cli("run", "--date", "2024-11-22");
		assertThat(second.exitCode()).as(second.err()).isZero();
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(values.size());
	}

	@Test
	void theAccountComesFromTheEnvironmentOrTheConfig(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		// the URL names no account: without one the driver tries the operating system's
		// user, which has no role on the server
		List<String> run = List.of("run", "--date", "2024-11-22", "--inbox", t.inbox().toString(), "--reports",
				t.reports().toString(), "--database", db.plainUrl());
		try (CliProcess none = CliProcess.start(run.toArray(String[]::new))) {
			assertThat(none.waitFor(120)).as(none.log()).isNotZero();
			assertThat(none.log()).contains("role \"" + System.getProperty("user.name") + "\" does not exist");
		}

		try (CliProcess env = CliProcess.start(java.util.Map.of("BRIEFING_DB_USER", PostgresTestServer.USER,
				"BRIEFING_DB_PASSWORD", PostgresTestServer.PASSWORD), List.of(), run.toArray(String[]::new))) {
			assertThat(env.waitFor(180)).as(env.log()).isZero();
		}
		assertThat(db.strings("SELECT tableowner FROM pg_tables WHERE tablename = 'briefing_figure'"))
			.containsExactly(PostgresTestServer.USER);
		assertThat(db.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isPositive();

		// the job config's account, the URL again without one
		JobTestSupport configured = t
			.withConfig(c -> c.replace("# database-user: briefing", "database-user: " + PostgresTestServer.USER)
				.replace("# database-password: \"\"", "database-password: " + PostgresTestServer.PASSWORD));
		List<String> status = List.of("status", "--json", "--config", configured.config().toString(), "--database",
				db.plainUrl());
		try (CliProcess fromConfig = CliProcess.start(status.toArray(String[]::new))) {
			assertThat(fromConfig.waitFor(120)).as(fromConfig.log()).isZero();
			assertThat(fromConfig.log()).contains("\"status\":\"COMPLETED\"").contains("\"date\":\"2024-11-22\"");
		}
	}

	@Test
	void theDemoInboxGivesTheWorkbooksOfHsqldb(PostgresTestDatabase db) throws Exception {
		Path inbox = Path.of("samples/inbox").toAbsolutePath();
		JobTestSupport hsqldb = new JobTestSupport(inbox, dir.resolve("hsqldb/OUT"), dir.resolve("hsqldb/DB"));
		JobTestSupport postgres = new JobTestSupport(inbox, dir.resolve("pg/OUT"), dir.resolve("pg/DB")).on(db);
		for (JobTestSupport t : List.of(hsqldb, postgres)) {
			CliRun run = t.cli("run", "--date", "2024-11-22");
			assertThat(run.exitCode()).as(run.err()).isZero();
			CliRun report = t.cli("report", "--week", "2024-W46");
			assertThat(report.exitCode()).as(report.err()).isZero();
			// the stored articles of a week extracted again, its workbook rewritten
			CliRun reextract = t.cli("reextract", "--week", "2024-W46");
			assertThat(reextract.exitCode()).as(reextract.err()).isZero();
		}
		assertThat(postgres.count("SELECT COUNT(DISTINCT WEEK) FROM BRIEFING_FIGURE")).isEqualTo(4);
		List<String> statuses = postgres.cli("status", "--json")
			.lines()
			.stream()
			.map(l -> Json.MAPPER.readTree(l).get("status").asString())
			.toList();
		assertThat(statuses).containsExactly("COMPLETED", "COMPLETED");
		for (String week : List.of("2024-W47", "2024-W46")) {
			assertThat(postgres.indicatorValues(week)).isNotEmpty().isEqualTo(hsqldb.indicatorValues(week));
			assertThat(postgres.cellValues(week)).isEqualTo(hsqldb.cellValues(week));
		}
		String figures = "SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.VALUE, G.UNIT, G.INDICATOR, G.TEXT FROM BRIEFING_FIGURE G "
				+ "JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID ORDER BY A.FILE_NAME, A.SEQ, G.SEQ";
		assertThat(postgres.strings(figures)).hasSizeGreaterThan(100).isEqualTo(hsqldb.strings(figures));
	}

	@Test
	void statusAndReportAnswerWhileANightRunsInAnotherJvmAndASecondWriterIsRefused(PostgresTestDatabase db)
			throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(SMALL_CHUNKS).on(db);
		new PageGenerator(7).write(t.inbox(), 60, LocalDate.of(2024, 11, 22), 1);

		try (CliProcess night = CliProcess.start(CHUNK_LOG, t.args("run", "--date", "2024-11-22"));
				Connection hold = db.connect()) {
			night.awaitLine(l -> l.contains("extractIndicators: chunk written"), 180);
			// hold the night in the middle of its extraction: its next chunk waits for
			// this lock (reads go on)
			hold.setAutoCommit(false);
			try (Statement s = hold.createStatement()) {
				s.execute("LOCK TABLE BRIEFING_FIGURE IN EXCLUSIVE MODE");
			}

			CliRun status = t.cli("status", "--json");
			assertThat(status.exitCode()).as(status.err()).isZero();
			JsonNode running = Json.MAPPER.readTree(status.lines().get(0));
			assertThat(running.get("status").asString()).isEqualTo("STARTED");
			assertThat(running.get("date").asString()).isEqualTo("2024-11-22");
			assertThat(running.get("failure").isNull()).isTrue();
			assertThat(running.get("runner").asString()).contains("pid " + night.pid())
				.contains("command: run --date 2024-11-22")
				.contains("execution " + running.get("execution").asLong());

			CliRun report = t.cli("report", "--week", "2024-W47");
			assertThat(report.exitCode()).as(report.err()).isZero();
			Path page;
			try (var pages = Files.list(t.inbox())) {
				page = pages.sorted().findFirst().orElseThrow();
			}
			CliRun extract = CliRun.of("extract", page.toString());
			assertThat(extract.exitCode()).as(extract.err()).isZero();
			assertThat(extract.lines()).isNotEmpty().allMatch(l -> l.startsWith("{"));

			for (String date : List.of("2024-11-22", "2024-11-23")) {
				CliRun second = t.cli("run", "--date", date);
				assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
				assertThat(second.err()).contains("another run holds the lock on the database " + db.plainUrl())
					.contains("host " + java.net.InetAddress.getLocalHost().getHostName())
					.contains("pid " + night.pid())
					.contains("started ")
					.contains("command: run --date 2024-11-22");
			}
			CliRun reextract = t.cli("reextract", "--week", "2024-W47");
			assertThat(reextract.exitCode()).isEqualTo(3);

			hold.commit();
			assertThat(night.waitFor(300)).as(night.log()).isZero();
		}
		JsonNode done = Json.MAPPER.readTree(t.cli("status", "--json").lines().get(0));
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("runner").isNull()).isTrue();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_RUN_LOCK")).isZero();
	}

	@Test
	void aNightThatLosesItsLockStopsAndRestartFinishesIt(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(SMALL_CHUNKS).on(db);
		new PageGenerator(13).write(t.inbox(), 60, LocalDate.of(2024, 11, 22), 1);
		try (CliProcess night = CliProcess.start(CHUNK_LOG, t.args("run", "--date", "2024-11-22"));
				Connection hold = db.connect()) {
			night.awaitLine(l -> l.contains("extractIndicators: chunk written"), 180);
			hold.setAutoCommit(false);
			try (Statement s = hold.createStatement()) {
				s.execute("LOCK TABLE BRIEFING_FIGURE IN EXCLUSIVE MODE");
			}
			// the server ends the session that holds the run lock, as a server restart or
			// a cut network would: another run could now take the lock
			assertThat(db.strings("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
					+ "WHERE application_name LIKE 'briefing run lock:%' AND datname = current_database()"))
				.containsExactly("true");
			night.awaitLine(l -> l.contains("The connection holding the run lock on " + db.plainUrl())
					&& l.contains("was lost, so another run may start beside this one"), 120);
			hold.commit();
			assertThat(night.waitFor(180)).as(night.log()).isEqualTo(1);
		}
		JsonNode stopped = Json.MAPPER.readTree(t.cli("status", "--json").lines().get(0));
		assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isPositive();

		CliRun restart = t.cli("restart", "--date", "2024-11-22");
		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
		assertThat(Json.MAPPER.readTree(t.cli("status", "--json").lines().get(0)).get("status").asString())
			.isEqualTo("COMPLETED");
	}

	@Test
	void afterKillNineOnlyWhatNoLiveProcessHoldsIsRecovered(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(SMALL_CHUNKS).on(db);
		new PageGenerator(11).write(t.inbox(), 60, LocalDate.of(2024, 11, 22), 1);
		try (CliProcess night = CliProcess.start(CHUNK_LOG, t.args("run", "--date", "2024-11-22"))) {
			night.awaitLine(l -> l.contains("extractIndicators: chunk written"), 180);
			night.kill();
		}
		JsonNode left = Json.MAPPER.readTree(t.cli("status", "--json").lines().get(0));
		assertThat(left.get("status").asString()).isEqualTo("STARTED");
		assertThat(left.get("failure").asString()).contains("by a process that is gone");
		long step = Long.parseLong(t.strings("SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION "
				+ "WHERE STEP_NAME = 'extractIndicators' AND STATUS = 'STARTED'")
			.get(0));

		// a live worker still running that step: nothing is recovered or started beside
		// it
		try (SessionLocks worker = SessionLocks.open(db.plainUrl(),
				new BriefingConfig.Login(PostgresTestServer.USER, PostgresTestServer.PASSWORD), "test worker")) {
			assertThat(worker.tryLock(SessionLocks.Kind.STEP, step)).isTrue();
			CliRun held = t.cli("restart", "--date", "2024-11-22");
			assertThat(held.exitCode()).isEqualTo(3);
			assertThat(held.err()).contains("its step extractIndicators (step execution " + step + ")")
				.contains("still runs in a live worker (database session")
				.contains("test worker");
			assertThat(Json.MAPPER.readTree(t.cli("status", "--json").lines().get(0)).get("status").asString())
				.isEqualTo("STARTED");
		}

		CliRun restart = t.cli("restart", "--date", "2024-11-22");
		assertThat(restart.exitCode()).as(restart.err()).isZero();
		assertThat(restart.err()).contains("was left STARTED by a process that is gone").contains("COMPLETED");
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isPositive();
	}

}
