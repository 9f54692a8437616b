package dev.briefing.cli;

import dev.briefing.config.BriefingConfig;
import picocli.CommandLine.Option;

/** {@code --partitions N} of the commands that run the extract step. */
final class PartitionsOption {

	@Option(names = "--partitions", paramLabel = "N",
			description = "Key ranges the waiting articles are cut into, instead of the config's scale.partitions. "
					+ "A restart keeps the ranges of the partitions it continues.")
	Integer partitions;

	BriefingConfig apply(BriefingConfig config) {
		if (partitions == null) {
			return config;
		}
		if (partitions < 1) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
					"--partitions must be 1 or more");
		}
		BriefingConfig.Scale s = config.scale();
		return config.withScale(new BriefingConfig.Scale(s.workers(), partitions, s.partitionTimeout()));
	}

}
