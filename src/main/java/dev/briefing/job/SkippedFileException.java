package dev.briefing.job;

/**
 * An inbox file that cannot be read; the step skips it, records the reason and goes on.
 */
final class SkippedFileException extends RuntimeException {

	private final transient InboxEntry entry;

	private final String contentKey;

	SkippedFileException(InboxEntry entry, String contentKey, String reason, Throwable cause) {
		super(reason, cause);
		this.entry = entry;
		this.contentKey = contentKey;
	}

	InboxEntry entry() {
		return entry;
	}

	String contentKey() {
		return contentKey;
	}

}
