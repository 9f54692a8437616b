package dev.briefing.cli;

import java.nio.file.Path;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigLoader;
import picocli.CommandLine.Option;

/** {@code --config FILE}, taken by every command. */
final class ConfigOption {

	@Option(names = "--config", paramLabel = "FILE", description = "Job config. Default: " + ConfigLoader.DEFAULT_CONFIG
			+ " in the working directory, else beside the installation.")
	Path config;

	BriefingConfig load() {
		return ConfigLoader.load(ConfigLoader.locate(config));
	}

}
