package dev.briefing.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The nightly job's configuration, bound from {@code job-configs/nightly-briefing.yml}.
 * Relative paths in the file are resolved against the folder that holds the file; paths
 * given on the command line are resolved against the working directory.
 */
public record BriefingConfig(Path configFile, Inbox inbox, Path reports, String database, Login login, ZoneId timeZone,
		Region region, Schedule schedule, Path catalog, Report report, Extract extract, Scale scale, Backup backup,
		Delivery delivery) {

	/** Where new files arrive and which of them are taken. */
	public record Inbox(Path path, int maxFileMb) {
		public long maxFileBytes() {
			return maxFileMb * 1024L * 1024L;
		}
	}

	/**
	 * Names the extractor resolves regions with: {@code 我省} is the province, {@code 我区}
	 * the zone.
	 */
	public record Region(String zone, List<String> zoneAliases, String city, String province) {
	}

	/**
	 * When {@code schedule} starts the nightly run; {@code runDate} says which day a run
	 * started after midnight reports on, {@code catchUpDays} how many missed nights are
	 * caught up at start.
	 */
	public record Schedule(String cron, RunDate runDate, int catchUpDays) {
		public enum RunDate {

			TODAY, YESTERDAY

		}
	}

	/**
	 * The workbook: the title's prefix, the CJK font to draw charts with, weeks in trend
	 * charts.
	 */
	public record Report(String font, int trendWeeks) {
	}

	/**
	 * Articles per chunk of the extract step, and worker threads that read files and
	 * extract articles.
	 */
	public record Extract(int chunkSize, int threads) {
	}

	/**
	 * The database account: {@code BRIEFING_DB_USER} and {@code BRIEFING_DB_PASSWORD}
	 * when set, else {@code database-user} and {@code database-password} of the job
	 * config, else HSQLDB's {@code SA} with no password.
	 */
	public record Login(String user, String password) {
	}

	/**
	 * How the extract step is partitioned: {@code workers} says where partitions run (on
	 * threads of this process, or sent to {@code briefing worker} processes), {@code
	 * partitions} into how many key ranges the waiting articles are cut, and {@code
	 * partitionTimeout} how long the manager waits for a partition before the night
	 * fails.
	 */
	public record Scale(Workers workers, int partitions, Duration partitionTimeout) {
		public enum Workers {

			LOCAL, REMOTE

		}
	}

	/** Backups of the store made after a completed night: how many are kept (0: none). */
	public record Backup(int keep) {
	}

	/**
	 * Where the finished workbook goes; {@code mail} is null when nothing is to be
	 * mailed.
	 */
	public record Delivery(Mail mail) {
	}

	/**
	 * The SMTP server and the recipients of the workbook. The password is read from the
	 * environment variable {@code passwordEnv} when the mail is sent, never from the
	 * file.
	 */
	public record Mail(String host, int port, boolean tls, String user, String passwordEnv, String from,
			List<String> to, List<String> cc) {
	}

	public BriefingConfig withInbox(Path path) {
		return new BriefingConfig(configFile, new Inbox(path, inbox.maxFileMb()), reports, database, login, timeZone,
				region, schedule, catalog, report, extract, scale, backup, delivery);
	}

	public BriefingConfig withReports(Path path) {
		return new BriefingConfig(configFile, inbox, path, database, login, timeZone, region, schedule, catalog, report,
				extract, scale, backup, delivery);
	}

	public BriefingConfig withDatabase(String url) {
		return new BriefingConfig(configFile, inbox, reports, url, login, timeZone, region, schedule, catalog, report,
				extract, scale, backup, delivery);
	}

	public BriefingConfig withExtract(Extract value) {
		return new BriefingConfig(configFile, inbox, reports, database, login, timeZone, region, schedule, catalog,
				report, value, scale, backup, delivery);
	}

	public BriefingConfig withScale(Scale value) {
		return new BriefingConfig(configFile, inbox, reports, database, login, timeZone, region, schedule, catalog,
				report, extract, value, backup, delivery);
	}

	public BriefingConfig withDelivery(Delivery value) {
		return new BriefingConfig(configFile, inbox, reports, database, login, timeZone, region, schedule, catalog,
				report, extract, scale, backup, value);
	}
}
