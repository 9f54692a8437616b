package dev.briefing.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The nightly job's configuration, bound from {@code job-configs/nightly-briefing.yml}.
 * Relative paths in the file are resolved against the folder that holds the file; paths
 * given on the command line are resolved against the working directory.
 */
public record BriefingConfig(Path configFile, Inbox inbox, Path reports, String database, ZoneId timeZone,
		Region region, Schedule schedule, Path catalog, Report report, Extract extract) {

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

	public BriefingConfig withInbox(Path path) {
		return new BriefingConfig(configFile, new Inbox(path, inbox.maxFileMb()), reports, database, timeZone, region,
				schedule, catalog, report, extract);
	}

	public BriefingConfig withReports(Path path) {
		return new BriefingConfig(configFile, inbox, path, database, timeZone, region, schedule, catalog, report,
				extract);
	}

	public BriefingConfig withDatabase(String url) {
		return new BriefingConfig(configFile, inbox, reports, url, timeZone, region, schedule, catalog, report,
				extract);
	}
}
