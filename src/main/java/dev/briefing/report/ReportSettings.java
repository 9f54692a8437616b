package dev.briefing.report;

import java.time.ZoneId;

import dev.briefing.config.BriefingConfig;

/**
 * What the workbook needs from the job config.
 *
 * @param region the zone named in the title, and the names that make a figure the zone's
 * own
 * @param timeZone the zone the generation time is shown in
 * @param font the chart font, found at start with {@link CjkFont#find}
 * @param trendWeeks weeks shown in the trend charts, the report's week included
 */
public record ReportSettings(BriefingConfig.Region region, ZoneId timeZone, CjkFont font, int trendWeeks) {

	public ReportSettings {
		if (trendWeeks < 2) {
			throw new IllegalArgumentException("report.trend-weeks must be at least 2: " + trendWeeks);
		}
	}

	/**
	 * Settings from the job config; finds the chart font, so it fails early without one.
	 */
	public static ReportSettings of(BriefingConfig config) {
		return new ReportSettings(config.region(), config.timeZone(), CjkFont.find(config.report().font()),
				config.report().trendWeeks());
	}
}
