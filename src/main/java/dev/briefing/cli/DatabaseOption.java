package dev.briefing.cli;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --config} and {@code --database}, for the commands that use the store alone. */
final class DatabaseOption {

	@Mixin
	ConfigOption configOption;

	@Option(names = "--database", paramLabel = "JDBC_URL",
			description = "Database, instead of the config's, e.g. jdbc:hsqldb:file:data/briefing.")
	String database;

	BriefingConfig load() {
		BriefingConfig c = configOption.load();
		return database == null ? c : c.withDatabase(ConfigLoader.normalizeDatabaseUrl(null, database));
	}

}
