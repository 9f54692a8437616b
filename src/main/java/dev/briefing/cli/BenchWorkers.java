package dev.briefing.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code briefing worker} processes of {@code bench --workers N}: started on this
 * machine with this program's class path, waited for until each polls for partitions,
 * stopped with SIGTERM at the end; and what each did in a night, read from the job
 * repository (the partitions name their worker).
 */
final class BenchWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BenchWorkers.class);

	/** One worker's part of the night. */
	record Share(String worker, int partitions, long articles, long chars, double busy_seconds, double mchar_s) {
	}

	private final List<Process> processes = new ArrayList<>();

	private BenchWorkers() {
	}

	static BenchWorkers start(int count, int threads, String database, Path config) throws Exception {
		BenchWorkers w = new BenchWorkers();
		CountDownLatch ready = new CountDownLatch(count);
		try {
			for (int i = 0; i < count; i++) {
				List<String> cmd = new ArrayList<>(javaCommand());
				cmd.addAll(List.of("worker", "--database", database, "--threads", String.valueOf(threads)));
				if (config != null) {
					cmd.addAll(List.of("--config", config.toAbsolutePath().toString()));
				}
				Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
				w.processes.add(p);
				Thread reader = new Thread(() -> follow(p, ready), "bench-worker-" + p.pid());
				reader.setDaemon(true);
				reader.start();
			}
			if (!ready.await(180, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the workers did not start within 180 s");
			}
		}
		catch (Exception e) {
			w.close();
			throw e;
		}
		log.info("{} worker(s) of {} thread(s) running", count, threads);
		return w;
	}

	/** java with this process's class path (or its jar) and heap limit. */
	private static List<String> javaCommand() {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
		String home = System.getProperty("briefing.home");
		if (home != null) {
			cmd.add("-Dbriefing.home=" + home);
		}
		String cp = System.getProperty("java.class.path");
		if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
			cmd.addAll(List.of("-jar", cp));
		}
		else {
			cmd.addAll(List.of("-cp", cp, BriefingMain.class.getName()));
		}
		return cmd;
	}

	private static void follow(Process p, CountDownLatch ready) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = in.readLine()) != null;) {
				if (line.contains("waiting for partitions")) {
					ready.countDown();
				}
				if (line.contains("Took partition") || line.contains(" ERROR ") || line.startsWith("briefing:")) {
					log.info("worker {}: {}", p.pid(), line.replaceFirst("^\\S+ \\S+ ", ""));
				}
			}
		}
		catch (IOException e) {
			// the worker is gone
		}
	}

	/** Each worker's partitions of the night, with the characters of their articles. */
	static List<Share> shares(JobRepository repository, JdbcTemplate jdbc, JobExecution night) {
		Map<String, long[]> byWorker = new LinkedHashMap<>();
		Map<String, Double> busy = new LinkedHashMap<>();
		for (StepExecution s : night.getStepExecutions()) {
			if (!s.getStepName().contains(":partition")) {
				continue;
			}
			StepExecution full = repository.getStepExecution(s.getId());
			Object worker = full == null ? null : full.getExecutionContext().get("briefing.worker");
			if (worker == null) {
				continue;
			}
			long from = full.getExecutionContext().getLong("from");
			long to = full.getExecutionContext().getLong("to");
			Long chars = jdbc.queryForObject(
					"SELECT COALESCE(SUM(LENGTH(T.BODY)), 0) FROM BRIEFING_ARTICLE_TEXT T JOIN BRIEFING_ARTICLE A "
							+ "ON A.ID = T.ARTICLE_ID WHERE A.DUPLICATE_OF IS NULL AND T.ARTICLE_ID >= ? AND T.ARTICLE_ID < ?",
					Long.class, from, to);
			long[] sums = byWorker.computeIfAbsent(worker.toString(), k -> new long[3]);
			sums[0]++;
			sums[1] += full.getReadCount();
			sums[2] += chars == null ? 0 : chars;
			double seconds = full.getStartTime() == null || full.getEndTime() == null ? 0
					: Duration.between(full.getStartTime(), full.getEndTime()).toMillis() / 1000.0;
			busy.merge(worker.toString(), seconds, Double::sum);
		}
		List<Share> out = new ArrayList<>();
		byWorker.forEach((worker, sums) -> {
			double seconds = busy.get(worker);
			out.add(new Share(worker, (int) sums[0], sums[1], sums[2], Math.round(seconds * 1000) / 1000.0,
					seconds <= 0 ? 0 : Math.round(sums[2] / 1e6 / seconds * 1000) / 1000.0));
		});
		return out;
	}

	/** SIGTERM to each worker, then waits for them (kill -9 after a minute). */
	@Override
	public void close() throws InterruptedException {
		for (Process p : processes) {
			p.toHandle().destroy();
		}
		for (Process p : processes) {
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
			}
		}
	}

}
