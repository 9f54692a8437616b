package dev.briefing.cli;

import dev.briefing.config.BriefingConfig;

/** Checks before a run that a CJK font can draw the charts' Chinese labels. */
final class Fonts {

	private Fonts() {
	}

	static void require(BriefingConfig config) {
		// The chart font check lands with the charts.
	}
}
