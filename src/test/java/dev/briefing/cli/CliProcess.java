package dev.briefing.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code briefing} in a JVM of its own, as ops start it: for claims about several
 * processes (a status while a night runs in another JVM, two schedulers, kill -9). Its
 * standard output and error are collected together, line by line, as it runs.
 */
public final class CliProcess implements AutoCloseable {

	private final Process process;

	private final StringBuffer log = new StringBuffer();

	private final Thread reader;

	private CliProcess(Process process) {
		this.process = process;
		this.reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;) {
					synchronized (log) {
						log.append(line).append('\n');
						log.notifyAll();
					}
				}
			}
			catch (IOException e) {
				// the process is gone
			}
		}, "cli-process-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code briefing ARGS} in a new JVM with this test's class path; {@code jvm}
	 * options (e.g. {@code -Dlogging.level...}) go before the main class.
	 */
	public static CliProcess start(List<String> jvm, String... args) throws IOException {
		return start(java.util.Map.of(), jvm, args);
	}

	/**
	 * Starts {@code briefing ARGS} in a new JVM whose environment has {@code env} added
	 * (e.g. {@code BRIEFING_DB_USER}).
	 */
	public static CliProcess start(java.util.Map<String, String> env, List<String> jvm, String... args)
			throws IOException {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx512m", "-Djava.awt.headless=true",
				"-Dfile.encoding=UTF-8"));
		cmd.addAll(jvm);
		cmd.add(BriefingMain.class.getName());
		cmd.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
		builder.environment().putAll(env);
		return new CliProcess(builder.start());
	}

	public static CliProcess start(String... args) throws IOException {
		return start(List.of(), args);
	}

	/** Runs {@code briefing ARGS} in a new JVM to its end (at most two minutes). */
	public static CliRun run(String... args) throws Exception {
		try (CliProcess p = start(args)) {
			int code = p.waitFor(120);
			return new CliRun(code, "", p.log());
		}
	}

	public long pid() {
		return process.pid();
	}

	public Process process() {
		return process;
	}

	/** Everything it printed so far. */
	public String log() {
		synchronized (log) {
			return log.toString();
		}
	}

	/**
	 * Waits until a line of its output matches, at most {@code seconds}; fails with the
	 * output when it ends or the time runs out first.
	 */
	public String awaitLine(Predicate<String> match, long seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		int from = 0;
		synchronized (log) {
			while (true) {
				int nl;
				while ((nl = log.indexOf("\n", from)) >= 0) {
					String line = log.substring(from, nl);
					from = nl + 1;
					if (match.test(line)) {
						return line;
					}
				}
				long left = end - System.nanoTime();
				if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
					throw new AssertionError((process.isAlive() ? "no matching line within " + seconds + " s"
							: "the process ended (exit " + process.exitValue() + ") without a matching line") + ":\n"
							+ log);
				}
				log.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200));
			}
		}
	}

	/** Waits for its end (at most {@code seconds}) and returns its exit code. */
	public int waitFor(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			throw new AssertionError("still running after " + seconds + " s:\n" + log());
		}
		reader.join(5000);
		return process.exitValue();
	}

	/**
	 * SIGTERM, as systemd or Ctrl-C stop it. Sent through its process handle: {@code
	 * Process.destroy()} would also close the pipes, and what it logs while it stops
	 * would be lost.
	 */
	public void terminate() {
		process.toHandle().destroy();
	}

	/** kill -9. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

}
