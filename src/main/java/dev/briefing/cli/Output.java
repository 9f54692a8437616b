package dev.briefing.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output in UTF-8 whatever the platform's default; logs go to standard error.
 */
final class Output {

	private Output() {
	}

	static PrintStream stdout() {
		return new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
	}

}
