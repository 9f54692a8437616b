package dev.briefing.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code briefing} in a JVM of its own, as ops start it: for runs whose process must end
 * (a full disk, a kill) before the next command opens the database.
 */
record ChildRun(int exitCode, String output) {

	static Process start(String... args) throws IOException {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx1g", "-Djava.awt.headless=true",
				"-Dfile.encoding=UTF-8", "-Dlogging.level.dev.briefing.job.ProgressLogger=DEBUG",
				"dev.briefing.cli.BriefingMain"));
		cmd.addAll(List.of(args));
		return new ProcessBuilder(cmd).redirectErrorStream(true).start();
	}

	static ChildRun of(String... args) throws IOException, InterruptedException {
		Process p = start(args);
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(300, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("briefing " + String.join(" ", args) + " did not end:\n" + out);
		}
		return new ChildRun(p.exitValue(), out);
	}

	/** The lines the command itself printed ({@code briefing: …}), not the log's. */
	List<String> briefingLines() {
		return output.lines().filter(l -> l.startsWith("briefing: ")).toList();
	}

}
