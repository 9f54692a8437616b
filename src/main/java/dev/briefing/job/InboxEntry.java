package dev.briefing.job;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A file found in the inbox that was not taken in before under its size and modification
 * time; {@code nameKnown} when a file of its name was, so its content may be known too.
 */
record InboxEntry(Path path, String name, long size, LocalDateTime modified, boolean nameKnown) {
}
