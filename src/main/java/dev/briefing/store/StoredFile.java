package dev.briefing.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An inbox file as recorded: read, or skipped with its reason.
 *
 * @param contentKey SHA-256 of the bytes, or a marker for what has no bytes (a folder, a
 * broken link)
 */
public record StoredFile(long id, String name, String contentKey, long sizeBytes, LocalDateTime modified, Status status,
		String reason, String encoding, LocalDate published, String week, int articles, Long executionId) {

	public enum Status {

		READ, SKIPPED

	}
}
