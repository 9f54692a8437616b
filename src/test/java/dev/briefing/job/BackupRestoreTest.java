package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.ops.Backups;

/**
 * Backups of the store: one after every completed night beside the database, the newest
 * {@code backup.keep} kept; {@code backup} on demand; {@code restore} refused while a run
 * holds the database, keeping the files it replaces; PostgreSQL told to use its own
 * tools.
 */
class BackupRestoreTest {

	@TempDir
	Path dir;

	@Test
	void completedNightsAreBackedUpAndTheNewestKeepAreKept() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(c -> c.replace("keep: 7", "keep: 2"));
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		Path backups = t.database().resolve("backups");
		for (String date : List.of("2024-11-20", "2024-11-21", "2024-11-22")) {
			CliRun r = t.cli("run", "--date", date);
			assertThat(r.exitCode()).as(r.err()).isZero();
			assertThat(r.err()).contains("Backed up the store to " + backups);
		}
		List<Path> kept = Backups.list(backups, "briefing");
		assertThat(kept).hasSize(2);
		assertThat(kept).allMatch(p -> p.getFileName().toString().matches("briefing-\\d{8}T\\d{6}(-\\d+)?\\.tar\\.gz"));

		Path elsewhere = dir.resolve("elsewhere");
		CliRun backup = CliRun.of("backup", "--to", elsewhere.toString(), "--database", t.url(), "--config",
				t.config().toString());
		assertThat(backup.exitCode()).as(backup.err()).isZero();
		Path made = Path.of(backup.out().strip());
		assertThat(made.getParent()).isEqualTo(elsewhere);
		assertThat(Backups.list(elsewhere, "briefing")).containsExactly(made);
		assertThat(Backups.list(backups, "briefing")).as("a backup on demand does not prune").isEqualTo(kept);

		JobTestSupport none = JobTestSupport.in(dir.resolve("none")).withConfig(c -> c.replace("keep: 7", "keep: 0"));
		none.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(none.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		assertThat(none.database().resolve("backups")).doesNotExist();
	}

	@Test
	void restoreIsRefusedWhileARunHoldsTheDatabaseAndKeepsTheFilesItReplaces() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(t.cli("run", "--date", "2024-11-21").exitCode()).isZero();
		Path backup = Backups.newest(t.database().resolve("backups"), "briefing").orElseThrow();
		long figures = t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE");
		Files.writeString(t.inbox().resolve("2024-11-22_more.txt"), "经开区新增企业\n\n本报讯 11月22日，经开区新登记市场主体128家，其中企业46家。\n");
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isGreaterThan(figures);
		var before = DatabaseFaultTest.digests(t.database());

		try (RunLock held = RunLock.tryAcquire(RunLock.lockFileOf(t.url()), "run --date 2024-11-23").orElseThrow()) {
			CliRun refused = CliRun.of("restore", "--from", backup.toString(), "--database", t.url());
			assertThat(refused.exitCode()).isEqualTo(3);
			assertThat(refused.err()).contains("another run holds the lock").contains("run --date 2024-11-23");
		}
		assertThat(DatabaseFaultTest.digests(t.database())).isEqualTo(before);

		CliRun notABackup = CliRun.of("restore", "--from", t.inbox().resolve("2024-11-22_more.txt").toString(),
				"--database", t.url());
		assertThat(notABackup.exitCode()).isEqualTo(2);
		assertThat(notABackup.err()).contains("is not a backup of a briefing database").contains("nothing was changed");
		assertThat(DatabaseFaultTest.digests(t.database())).isEqualTo(before);

		CliRun restore = CliRun.of("restore", "--from", backup.toString(), "--database", t.url());
		assertThat(restore.exitCode()).as(restore.err()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(figures);
		Optional<Path> aside = Files.list(t.database())
			.filter(p -> p.getFileName().toString().startsWith("replaced-"))
			.findFirst();
		assertThat(aside).isPresent();
		assertThat(DatabaseFaultTest.digests(aside.get())).isEqualTo(before);

		CliRun again = t.cli("run", "--date", "2024-11-22");
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FILE WHERE NAME = '2024-11-22_more.txt'"))
			.as("the inbox file that arrived after the backup is taken in again")
			.isEqualTo(1);
	}

	@Test
	void onPostgresqlBackupAndRestoreSayWhichToolsToUse() {
		String url = "jdbc:postgresql://db.example.org:5433/briefing";
		CliRun backup = CliRun.of("backup", "--database", url);
		assertThat(backup.exitCode()).isEqualTo(2);
		assertThat(backup.err()).contains("briefing: 'briefing backup' copies HSQLDB file databases")
			.contains("pg_dump --host=db.example.org --port=5433")
			.contains("--format=custom")
			.contains("pg_restore --host=db.example.org --port=5433")
			.contains("--dbname=briefing --clean --if-exists");
		CliRun restore = CliRun.of("restore", "--from", "x.dump", "--database", url);
		assertThat(restore.exitCode()).isEqualTo(2);
		assertThat(restore.err()).contains("pg_restore");
	}

}
