package dev.briefing.job;

import dev.briefing.ingest.SourceDocument;

/**
 * An inbox file read into its articles, or one that turned out to be known already (same name and content,
 * a new modification time), in which case {@code knownId} is set and {@code document} is null.
 */
record IngestedFile(InboxEntry entry, String contentKey, SourceDocument document, Long knownId) {
}
