package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;
import dev.briefing.cli.CliProcess;
import dev.briefing.cli.CliRun;
import dev.briefing.db.PostgresDatabaseExtension;
import dev.briefing.db.PostgresTestDatabase;

/**
 * Remote partitioning on a real PostgreSQL with workers in JVMs of their own: the
 * partitions of the extract step go through the database to {@code briefing worker}
 * processes, and the night gives exactly the figures and workbook of a night on one node.
 * A worker killed mid-partition, a manager killed with requests queued, and no worker at
 * all each end as ops are told: a failed night that names the partition, a restart that
 * finishes it with the same figures, stale requests discarded.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class RemotePartitioningTest {

	private static final LocalDate DAY = LocalDate.of(2024, 11, 22);

	private static final String PARTITIONS = "6";

	@TempDir
	static Path shared;

	/**
	 * The inbox all tests use, and the figures and workbook values of a one-node night.
	 */
	private static JobTestSupport singleNode;

	private static List<String> singleFigures;

	private static List<Double> singleValues;

	@TempDir
	Path dir;

	@BeforeAll
	static void aSingleNodeNight() throws Exception {
		singleNode = JobTestSupport.in(shared.resolve("single"))
			.withConfig(c -> c.replace("threads: 2", "threads: 1").replace("chunk-size: 100", "chunk-size: 10"));
		new PageGenerator(11).write(singleNode.inbox(), 60, DAY, 2);
		CliRun one = singleNode.cli("run", "--date", DAY.toString(), "--partitions", "1");
		assertThat(one.exitCode()).as(one.err()).isZero();
		singleFigures = PartitionedExtractionTest.figures(singleNode);
		singleValues = singleNode.indicatorValues("2024-W47");
		assertThat(singleFigures).hasSizeGreaterThan(150);
	}

	/** The shared inbox, this test's reports, PostgreSQL and a remote config. */
	private JobTestSupport remote(PostgresTestDatabase db, String timeout) throws Exception {
		return new JobTestSupport(singleNode.inbox(), dir.resolve("OUT"), dir.resolve("DB"), null).on(db)
			.withConfig(c -> c.replace("threads: 2", "threads: 1")
				.replace("chunk-size: 100", "chunk-size: 10")
				.replace("workers: local", "workers: remote")
				.replace("partition-timeout: 30m", "partition-timeout: " + timeout));
	}

	private static CliProcess worker(JobTestSupport t, String... more) throws Exception {
		List<String> args = new ArrayList<>(
				List.of("worker", "--database", t.url(), "--config", t.config().toString()));
		args.addAll(List.of(more));
		CliProcess w = CliProcess.start(args.toArray(String[]::new));
		w.awaitLine(l -> l.contains("waiting for partitions"), 90);
		return w;
	}

	@Test
	void oneManagerAndTwoWorkerProcessesGiveTheFiguresOfASingleNodeNight(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = remote(db, "60s");
		try (CliProcess a = worker(t); CliProcess b = worker(t)) {
			CliRun night = t.cli("run", "--date", DAY.toString(), "--partitions", PARTITIONS);
			assertThat(night.exitCode()).as(night.err()).isZero();

			assertThat(PartitionedExtractionTest.figures(t)).isEqualTo(singleFigures);
			assertThat(t.indicatorValues("2024-W47")).isEqualTo(singleValues);
			assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
			assertThat(t.count("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE")).isZero();
			// every partition ran once, on one of the two workers, and both took some
			List<String> taken = new ArrayList<>();
			for (CliProcess w : List.of(a, b)) {
				List<String> mine = w.log().lines().filter(l -> l.contains("Took partition")).toList();
				assertThat(mine).as(w.log()).isNotEmpty();
				taken.addAll(mine);
			}
			assertThat(taken).hasSize(Integer.parseInt(PARTITIONS));
			assertThat(t.strings("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extractPartition:%'"))
				.hasSize(Integer.parseInt(PARTITIONS))
				.containsOnly("COMPLETED");
		}
	}

	@Test
	void aNightWithNoWorkerRunningFailsWithinTheTimeoutSayingWhatToStart(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = remote(db, "3s");
		long start = System.nanoTime();
		CliRun night = t.cli("run", "--date", DAY.toString(), "--partitions", "2");
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;

		assertThat(night.exitCode()).isEqualTo(1);
		assertThat(night.err()).contains(
				"no worker took partition extractPartition:partition0, extractPartition:partition1 within 3 s",
				"start ./briefing worker");
		assertThat(seconds).as("the ingestion and the 3 s wait").isLessThan(60);
		assertThat(t.strings("SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extractPartition:%'"))
			.containsExactly("FAILED", "FAILED");
	}

	@Test
	void aWorkerKilledMidPartitionFailsTheNightNamingItAndARestartOnTheOtherWorkerFinishesIt(PostgresTestDatabase db)
			throws Exception {
		JobTestSupport t = remote(db, "10s");
		try (CliProcess a = worker(t); CliProcess b = worker(t); Connection lock = db.connect()) {
			// the figure table locked: each worker holds its first partition at its first
			// write, so the kill below lands mid-partition
			lock.setAutoCommit(false);
			lock.createStatement().execute("LOCK TABLE BRIEFING_FIGURE IN EXCLUSIVE MODE");
			try (CliProcess manager = CliProcess
				.start(t.args("run", "--date", DAY.toString(), "--partitions", PARTITIONS))) {
				a.awaitLine(l -> l.contains("Took partition"), 120);
				b.awaitLine(l -> l.contains("Took partition"), 30);
				a.kill();
				lock.commit();
				assertThat(manager.waitFor(120)).as(manager.log()).isEqualTo(1);
				String taken = a.log().lines().filter(l -> l.contains("Took partition")).findFirst().orElseThrow();
				String partition = taken.replaceAll(".*Took partition (\\S+) .*", "$1");
				assertThat(manager.log()).contains("partition " + partition + " on worker ")
					.contains(":" + a.pid() + " made no progress for 10 s (scale.partition-timeout)");
				assertThat(t.strings("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION "
						+ "WHERE STEP_NAME LIKE 'extractPartition:%' AND STATUS <> 'COMPLETED'"))
					.containsExactly(partition + " FAILED");

				CliRun restart = t.cli("restart");
				assertThat(restart.exitCode()).as(restart.err()).isZero();
				// only the unfinished partition ran again, on the worker still running
				assertThat(t.strings("SELECT S.STEP_NAME FROM BATCH_STEP_EXECUTION S WHERE S.STEP_NAME LIKE "
						+ "'extractPartition:%' AND S.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) "
						+ "FROM BATCH_JOB_EXECUTION)"))
					.containsExactly(partition);
				assertThat(b.log()).contains("Took partition " + partition + " ");
				assertThat(PartitionedExtractionTest.figures(t)).isEqualTo(singleFigures);
				assertThat(t.indicatorValues("2024-W47")).isEqualTo(singleValues);
			}
		}
	}

	@Test
	void requestsLeftByAKilledManagerAreDiscardedAndTheRestartGivesTheSameFigures(PostgresTestDatabase db)
			throws Exception {
		JobTestSupport t = remote(db, "60s");
		try (CliProcess manager = CliProcess
			.start(t.args("run", "--date", DAY.toString(), "--partitions", PARTITIONS))) {
			awaitCount(t, "SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE", 6, manager);
			manager.kill();
		}
		try (CliProcess restart = CliProcess.start(t.args("restart"))) {
			restart.awaitLine(l -> l.contains("by a process that is gone"), 120);
			awaitCount(t, "SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE", 12, restart);
			try (CliProcess w = worker(t, "--threads", "2")) {
				assertThat(restart.waitFor(120)).as(restart.log()).isZero();
				assertThat(w.log().lines().filter(l -> l.contains("Discarding the request for extractPartition:")))
					.as(w.log())
					.hasSize(6)
					.allSatisfy(l -> assertThat(l).contains("its execution FAILED"));
				assertThat(w.log().lines().filter(l -> l.contains("Took partition"))).hasSize(6);
			}
		}
		assertThat(t.count("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE")).isZero();
		assertThat(PartitionedExtractionTest.figures(t)).isEqualTo(singleFigures);
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(singleValues);
	}

	@Test
	void aWorkerGivenSigtermFinishesItsChunkAndExitsAndARestartRunsTheRest(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = remote(db, "5s");
		String partition;
		try (CliProcess w = worker(t); Connection lock = db.connect()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("LOCK TABLE BRIEFING_FIGURE IN EXCLUSIVE MODE");
			try (CliProcess manager = CliProcess
				.start(t.args("run", "--date", DAY.toString(), "--partitions", PARTITIONS))) {
				String taken = w.awaitLine(l -> l.contains("Took partition"), 120);
				partition = taken.replaceAll(".*Took partition (\\S+) .*", "$1");
				// its first chunk read and extracted, waiting to write
				Thread.sleep(2000);
				w.terminate();
				w.awaitLine(l -> l.contains("after its current chunk"), 30);
				lock.commit();
				w.waitFor(60);
				assertThat(w.log())
					.contains("Partition " + partition + " of execution 1 STOPPED: 10 article(s) read, 10 written")
					.contains("stopped");
				assertThat(manager.waitFor(120)).as(manager.log()).isEqualTo(1);
			}
		}
		assertThat(
				t.strings("SELECT STATUS, WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = '" + partition + "'"))
			.containsExactly("STOPPED 10");
		try (CliProcess w = worker(t)) {
			CliRun restart = t.cli("restart");
			assertThat(restart.exitCode()).as(restart.err()).isZero();
		}
		assertThat(PartitionedExtractionTest.figures(t)).isEqualTo(singleFigures);
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(singleValues);
	}

	@Test
	void aManagerGivenSigtermStopsTheNightWithoutWaitingForTheTimeout(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = remote(db, "5m");
		try (CliProcess manager = CliProcess
			.start(t.args("run", "--date", DAY.toString(), "--partitions", PARTITIONS))) {
			awaitCount(t, "SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE", 6, manager);
			manager.terminate();
			manager.waitFor(60);
			assertThat(manager.log()).contains("partitions no worker took yet are not started");
		}
		assertThat(t.strings("SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("STOPPED");
		try (CliProcess w = worker(t)) {
			CliRun restart = t.cli("restart");
			assertThat(restart.exitCode()).as(restart.err()).isZero();
			// the stopped night's requests were not run
			assertThat(w.log().lines().filter(l -> l.contains("Discarding the request"))).hasSize(6);
		}
		assertThat(PartitionedExtractionTest.figures(t)).isEqualTo(singleFigures);
	}

	@Test
	void remoteWorkersOnHsqldbAreRefusedWithTheReason() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(c -> c.replace("workers: local", "workers: remote"));
		CliRun night = t.cli("run", "--date", DAY.toString());
		assertThat(night.exitCode()).isEqualTo(2);
		assertThat(night.err()).contains("scale.workers: remote needs the shared PostgreSQL database");
		CliRun worker = CliRun.of("worker", "--database", t.url(), "--config", t.config().toString());
		assertThat(worker.exitCode()).isEqualTo(2);
		assertThat(worker.err()).contains("a worker takes partitions through the shared PostgreSQL database");
	}

	@Test
	void benchWithTwoWorkersReportsEachWorkersShare(PostgresTestDatabase db) throws Exception {
		CliRun bench = CliRun.of("bench", "--pages", "60", "--weeks", "1", "--workdir", dir.toString(), "--database",
				db.url(), "--workers", "2", "--partitions", PARTITIONS);
		assertThat(bench.exitCode()).as(bench.err()).isZero();
		var json = dev.briefing.cli.Json.MAPPER.readTree(bench.lines().get(bench.lines().size() - 1));
		assertThat(json.get("database").asString()).isEqualTo("postgresql");
		var workers = json.get("workers");
		assertThat(workers.size()).as(bench.err()).isEqualTo(2);
		int partitions = 0;
		long articles = 0;
		for (var w : workers) {
			assertThat(w.get("partitions").asInt()).as(w.toString()).isPositive();
			assertThat(w.get("mchar_s").asDouble()).as(w.toString()).isPositive();
			partitions += w.get("partitions").asInt();
			articles += w.get("articles").asLong();
		}
		assertThat(partitions).isEqualTo(Integer.parseInt(PARTITIONS));
		assertThat(articles).isEqualTo(db.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE WHERE DUPLICATE_OF IS NULL"));
	}

	/** Waits (at most two minutes) until a query counts {@code expected}. */
	private static void awaitCount(JobTestSupport t, String sql, long expected, CliProcess process) throws Exception {
		long end = System.nanoTime() + 120_000_000_000L;
		while (true) {
			long n;
			try {
				n = t.count(sql);
			}
			catch (java.sql.SQLException e) {
				n = -1; // the schema not made yet
			}
			if (n == expected) {
				return;
			}
			if (System.nanoTime() > end || !process.process().isAlive()) {
				throw new AssertionError(sql + " gave " + n + ", not " + expected + ":\n" + process.log());
			}
			Thread.sleep(100);
		}
	}

}
