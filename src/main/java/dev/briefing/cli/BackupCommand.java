package dev.briefing.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ops.Backups;
import dev.briefing.ops.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Make a consistent copy of the store: HSQLDB's own BACKUP DATABASE (a checkpoint, then the database "
				+ "files packed into one .tar.gz while writes wait), named <database>-<yyyyMMdd'T'HHmmss>.tar.gz. "
				+ "Prints the backup's path.",
		"Default folder: 'backups' beside the database files (data/backups/ for the demo). The nightly run makes "
				+ "one there after every completed night and keeps the newest backup.keep of them (job config, "
				+ "default 7; 0: none). 'briefing restore --from FILE' brings one back.",
		"Like every command that opens the store it waits for no one: while a run holds the database it gives up "
				+ "with exit 3. On PostgreSQL it prints the pg_dump and pg_restore command lines to use and "
				+ "exits 2." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:backed up", "1:the backup failed (the line says why)",
				"2:bad usage or config, or a database HSQLDB's backup cannot copy (PostgreSQL: use pg_dump)",
				"3:another run holds the lock" })
final class BackupCommand implements Callable<Integer> {

	@Option(names = "--to", paramLabel = "DIR",
			description = "Folder for the backup, instead of 'backups' beside the database files.")
	Path to;

	@Mixin
	DatabaseOption options;

	@Override
	public Integer call() {
		BriefingConfig config = options.load();
		Places places = Places.of(config);
		Path folder = to != null ? to.toAbsolutePath().normalize() : places.backups();
		if (places.database() == null) {
			System.err
				.println("briefing: 'briefing backup' copies HSQLDB file databases (jdbc:hsqldb:file:…); the store "
						+ StoreTools.shown(config.database()) + " is "
						+ (StoreTools.isPostgres(config.database())
								? "PostgreSQL: " + StoreTools.postgresAdvice(config, folder)
								: "a database server: back it up where it runs"));
			return BriefingMain.USAGE;
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			System.err.println("briefing: cannot back up into " + folder + ": it is a file, not a folder; give --to a "
					+ "folder");
			return BriefingMain.USAGE;
		}
		return DatabaseSession.with(config, "backup", ctx -> {
			Path backup = Backups.backup(ctx.getBean(DataSource.class), places.database(), folder,
					ZonedDateTime.now(config.timeZone()));
			PrintStream out = Output.stdout();
			out.println(backup);
			out.flush();
			System.err.println("briefing: backed up " + places.database() + " to " + backup + " ("
					+ Files.size(backup) / 1024 + " KB); 'briefing restore --from " + backup + "' brings it back");
			return BriefingMain.OK;
		});
	}

}
