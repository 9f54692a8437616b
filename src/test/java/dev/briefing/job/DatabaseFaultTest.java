package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.ops.Backups;

/**
 * Faults of the database's files as ops meet them: each ends the command with one line
 * saying what, where and what to do, and leaves the files as they were.
 */
class DatabaseFaultTest {

	@TempDir
	Path dir;

	@Test
	void aDamagedScriptIsNamedWithTheNewestBackupLeftAsItWasAndRestoreBringsTheStoreBack() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(t.cli("run", "--date", "2024-11-21").exitCode()).isZero();
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		List<Double> values = t.indicatorValues("2024-W47");
		assertThat(values).isNotEmpty();
		List<Path> backups = Backups.list(t.database().resolve("backups"), "briefing");
		assertThat(backups).as("one backup after each completed night").hasSize(2);
		Path newest = backups.get(0);

		Path script = t.database().resolve("briefing.script");
		List<String> lines = Files.readAllLines(script);
		lines.set(lines.size() / 2, "INSERT INTO BRIEFING_FIGURE VALUES((((((");
		Files.write(script, lines);
		Map<String, String> before = digests(t.database());

		for (String command : List.of("status", "run")) {
			CliRun r = command.equals("run") ? t.cli("run", "--date", "2024-11-22") : t.cli(command);
			assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
			List<String> told = r.err().lines().filter(l -> l.startsWith("briefing:")).toList();
			assertThat(told).as(r.err()).hasSize(1);
			assertThat(told.get(0)).contains("the database file " + script + " is damaged")
				.contains("the files are left as they are")
				.contains("'briefing restore --from " + newest + "'");
			assertThat(r.err()).doesNotContain("Error creating bean").doesNotContain("\tat ");
			assertThat(digests(t.database())).as("the damaged files are left byte for byte").isEqualTo(before);
		}

		CliRun restore = CliRun.of("restore", "--from", newest.toString(), "--database", t.url());
		assertThat(restore.exitCode()).as(restore.err()).isZero();
		assertThat(restore.err()).contains("restored " + t.database().resolve("briefing")).contains("2 completed runs");
		Path aside = Files.list(t.database())
			.filter(p -> p.getFileName().toString().startsWith("replaced-"))
			.findFirst()
			.orElseThrow();
		assertThat(digests(aside)).as("the damaged files are kept aside, not deleted").isEqualTo(before);

		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
	}

	@Test
	void aDatabaseFolderThatCannotBeWrittenIsToldBeforeAnythingRuns() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		// as root, permission bits stop nothing: a read-only filesystem does, and so does
		// a file standing where a folder should be
		try (Tmpfs fs = Tmpfs.mount(dir.resolve("DBFS"), "64m")) {
			JobTestSupport onDisk = new JobTestSupport(t.inbox(), t.reports(), fs.dir());
			assertThat(onDisk.cli("run", "--date", "2024-11-22").exitCode()).isZero();
			fs.readOnly();
			CliRun r = onDisk.cli("run", "--date", "2024-11-22");
			assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
			assertThat(r.err().lines().filter(l -> l.startsWith("briefing:")))
				.containsExactly("briefing: cannot write in the database folder " + fs.dir()
						+ " (read-only file system): make it a folder the user running briefing can write, or "
						+ "point 'database' in the job config (or --database) at a writable folder, then run again");
		}
		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		CliRun r = CliRun.of("run", "--date", "2024-11-22", "--inbox", t.inbox().toString(), "--reports",
				t.reports().toString(), "--database", "jdbc:hsqldb:file:" + file.resolve("db/briefing"));
		assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
		assertThat(r.err()).contains("briefing: cannot write in the database folder " + file.resolve("db")
				+ " (a file stands in its path: " + file + ")");
	}

	@Test
	void aReportsFolderThatCannotBeWrittenFailsTheCommandBeforeTheNightsWork() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		JobTestSupport blocked = new JobTestSupport(t.inbox(), file.resolve("reports"), t.database());
		CliRun r = blocked.cli("run", "--date", "2024-11-22");
		assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
		assertThat(r.err().lines().filter(l -> l.startsWith("briefing:")))
			.containsExactly("briefing: cannot write in the reports folder " + file.resolve("reports")
					+ " (a file stands in its path: " + file + "): make it a folder the user running briefing "
					+ "can write, or point 'reports' in the job config (or --reports) at a writable folder, then "
					+ "run again");
		assertThat(Files.exists(t.database())).as("nothing ran").isFalse();

		try (Tmpfs fs = Tmpfs.mount(dir.resolve("REPFS"), "16m")) {
			fs.readOnly();
			CliRun ro = new JobTestSupport(t.inbox(), fs.dir(), t.database()).cli("run", "--date", "2024-11-22");
			assertThat(ro.exitCode()).as(ro.err()).isEqualTo(2);
			assertThat(ro.err())
				.contains("briefing: cannot write in the reports folder " + fs.dir() + " (read-only file system)");
		}
	}

	@Test
	void databaseFilesAnotherProgramHoldsAreNamedAndAStaleLockIsNot() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isZero();

		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), HoldDatabase.class.getName(),
				t.database().resolve("briefing").toString(), "120000")
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader out = new BufferedReader(
					new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
			assertThat(out.readLine()).isEqualTo("open");
			CliRun r = t.cli("status");
			assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
			assertThat(r.err())
				.contains("briefing: another program holds the database files " + t.database().resolve("briefing")
						+ ".* (HSQLDB lock file " + t.database().resolve("briefing.lck"));
		}
		finally {
			holder.destroyForcibly();
			holder.waitFor(30, TimeUnit.SECONDS);
		}
		// killed, it left its lock file behind, no longer refreshed
		assertThat(t.database().resolve("briefing.lck")).exists();
		CliRun after = t.cli("status");
		assertThat(after.exitCode()).as(after.err()).isZero();
	}

	/** The digest of each database file in a folder. */
	static Map<String, String> digests(Path folder) throws Exception {
		Map<String, String> out = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().matches("briefing\\.(properties|script|data|log|backup|lobs)"))
				.toList()) {
				out.put(f.getFileName().toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
			}
		}
		return out;
	}

}
