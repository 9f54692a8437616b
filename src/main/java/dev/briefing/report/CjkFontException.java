package dev.briefing.report;

/**
 * No font that can draw the charts' Chinese was found; the message names the package to
 * install.
 */
public class CjkFontException extends RuntimeException {

	public CjkFontException(String message) {
		super(message);
	}

	public CjkFontException(String message, Throwable cause) {
		super(message, cause);
	}

}
