package dev.briefing.job;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A file found in the inbox that was not taken in before. */
record InboxEntry(Path path, String name, long size, LocalDateTime modified) {
}
