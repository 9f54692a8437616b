package dev.briefing.cli;

import java.nio.file.Path;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigLoader;
import dev.briefing.ops.Faults;
import dev.briefing.ops.Places;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --config} plus the inbox, reports and database overrides of the commands that
 * use them.
 */
final class PathOptions {

	@Mixin
	ConfigOption configOption;

	@Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder, instead of the config's.")
	Path inbox;

	@Option(names = "--reports", paramLabel = "DIR", description = "Reports folder, instead of the config's.")
	Path reports;

	@Option(names = "--database", paramLabel = "JDBC_URL",
			description = "Database, instead of the config's, e.g. jdbc:hsqldb:file:data/briefing.")
	String database;

	/**
	 * The config with the overrides, for a command that writes workbooks: a CJK font must
	 * be installed.
	 */
	BriefingConfig loadForWorkbooks() {
		BriefingConfig c = load();
		Fonts.require(c);
		// a folder the workbook cannot be written to fails the command now, not after the
		// night's work
		Places places = Places.of(c);
		Faults.requireWritable(c.reports(), places);
		Faults.requireWritable(places.temp(), places);
		return c;
	}

	/**
	 * The config with the overrides applied; paths given here are relative to the working
	 * directory.
	 */
	BriefingConfig load() {
		BriefingConfig c = configOption.load();
		if (inbox != null) {
			c = c.withInbox(inbox.toAbsolutePath().normalize());
		}
		if (reports != null) {
			c = c.withReports(reports.toAbsolutePath().normalize());
		}
		if (database != null) {
			c = c.withDatabase(ConfigLoader.normalizeDatabaseUrl(null, database));
		}
		return c;
	}

}
