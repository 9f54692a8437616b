package dev.briefing.cli;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.CjkFont;

/**
 * Checks before a command opens the database that a CJK font can draw the charts' Chinese
 * labels, so a machine without one fails at once with the package to install rather than
 * after the night's work.
 */
final class Fonts {

	private Fonts() {
	}

	/**
	 * Throws {@link dev.briefing.report.CjkFontException} naming the Debian package when
	 * none is found.
	 */
	static void require(BriefingConfig config) {
		CjkFont.find(config.report().font());
	}

}
