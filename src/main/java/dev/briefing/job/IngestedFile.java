package dev.briefing.job;

import java.util.List;

import dev.briefing.ingest.ArticleFingerprint;
import dev.briefing.ingest.SourceDocument;

/**
 * An inbox file read into its articles, with their fingerprints; or one known already
 * (same name and content, a new modification time), in which case {@code knownId} is set
 * and {@code document} is null.
 */
record IngestedFile(InboxEntry entry, String contentKey, SourceDocument document, List<ArticleFingerprint> fingerprints,
		Long knownId) {
}
