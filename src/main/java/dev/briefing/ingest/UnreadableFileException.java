package dev.briefing.ingest;

/**
 * An inbox file that cannot be read; the message is the reason shown to ops and in the
 * workbook.
 */
public class UnreadableFileException extends Exception {

	private final String file;

	public UnreadableFileException(String file, String reason) {
		super(reason);
		this.file = file;
	}

	public UnreadableFileException(String file, String reason, Throwable cause) {
		super(reason, cause);
		this.file = file;
	}

	public String file() {
		return file;
	}

	public String reason() {
		return getMessage();
	}

}
