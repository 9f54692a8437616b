package dev.briefing.config;

/**
 * A configuration file that is missing, malformed or holds a wrong key or value; the
 * message names it.
 */
public class ConfigException extends RuntimeException {

	public ConfigException(String message) {
		super(message);
	}

	public ConfigException(String message, Throwable cause) {
		super(message, cause);
	}

}
