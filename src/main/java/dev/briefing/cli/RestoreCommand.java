package dev.briefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ops.Backups;
import dev.briefing.ops.Fault;
import dev.briefing.ops.Faults;
import dev.briefing.ops.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Bring the store back from a backup made by 'briefing backup' or by the nightly run: the backup is "
						+ "unpacked beside the database, the database files there now are moved aside into "
						+ "replaced-<time>/ in the same folder (never deleted: remove them yourself once the restored "
						+ "store is fine), and the backup's files take their place. The restored store is then opened "
						+ "once to check it; the line printed says how many runs and figures it holds.",
				"Refused (exit 3) while a run holds the database. Runs after the backup are gone from the restored "
						+ "store: 'briefing run' takes in again the inbox files that arrived since." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:restored", "1:the restored files cannot be opened (the line says where the old ones are)",
				"2:bad usage, a file that is no backup, or a database that is not an HSQLDB file database",
				"3:another run holds the lock" })
final class RestoreCommand implements Callable<Integer> {

	@Option(names = "--from", required = true, paramLabel = "FILE",
			description = "The backup (.tar.gz), e.g. data/backups/briefing-20241122T023015.tar.gz.")
	Path from;

	@Mixin
	DatabaseOption options;

	@Override
	public Integer call() {
		BriefingConfig config = options.load();
		Places places = Places.of(config);
		if (places.database() == null) {
			System.err.println("briefing: 'briefing restore' brings back HSQLDB file databases; the store "
					+ StoreTools.shown(config.database()) + " is "
					+ (StoreTools.isPostgres(config.database())
							? "PostgreSQL: " + StoreTools.postgresAdvice(config, null)
							: "a database server: restore it where it runs"));
			return BriefingMain.USAGE;
		}
		Path archive = from.toAbsolutePath().normalize();
		if (!Files.isRegularFile(archive)) {
			System.err.println("briefing: no backup at " + archive + "; the backups beside the database are in "
					+ places.backups());
			return BriefingMain.USAGE;
		}
		return DatabaseSession.withLockOnly(config, "restore --from " + archive, () -> {
			Backups.Restored restored;
			try {
				restored = Backups.restore(archive, places.database(), ZonedDateTime.now(config.timeZone()));
			}
			catch (IllegalArgumentException e) {
				System.err.println("briefing: " + e.getMessage() + "; nothing was changed");
				return BriefingMain.USAGE;
			}
			String aside = restored.aside() == null ? "there were no files to replace"
					: "the files it replaced are in " + restored.aside();
			try (Connection c = DriverManager.getConnection(config.database(), config.login().user(),
					config.login().password()); Statement s = c.createStatement()) {
				long runs = count(s, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'");
				long figures = count(s, "SELECT COUNT(*) FROM BRIEFING_FIGURE");
				s.execute("SHUTDOWN");
				System.err.println("briefing: restored " + places.database() + " from " + archive + " (" + runs
						+ " completed runs, " + figures + " figures); " + aside);
				return BriefingMain.OK;
			}
			catch (Exception e) {
				Optional<Fault> fault = Faults.classify(e, places, false);
				System.err.println("briefing: the files restored from " + archive + " cannot be opened ("
						+ fault.map(Fault::message).orElse(DatabaseSession.rootMessage(e)) + "); " + aside);
				return BriefingMain.FAILED;
			}
		});
	}

	private static long count(Statement s, String sql) throws java.sql.SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
