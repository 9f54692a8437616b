package dev.briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code briefing} in this JVM and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

	public static synchronized CliRun of(String... args) {
		PrintStream oldOut = System.out;
		PrintStream oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int code = BriefingMain.run(args);
			return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

	public List<String> lines() {
		return out.lines().toList();
	}
}
