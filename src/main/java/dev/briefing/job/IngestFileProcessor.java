package dev.briefing.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.briefing.ingest.ArticleFingerprint;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.UnreadableFileException;
import dev.briefing.store.FileStore;

/**
 * Reads an inbox file into its articles and fingerprints them. A file that cannot be read
 * becomes a {@link SkippedFileException} with its reason, which the step skips; a file
 * known by name and content is passed on as known. Thread-safe: the step runs it on
 * several threads.
 */
class IngestFileProcessor implements ItemProcessor<InboxEntry, IngestedFile> {

	private final InboxFileReader reader;

	private final FileStore files;

	private final long maxFileBytes;

	IngestFileProcessor(InboxFileReader reader, FileStore files, long maxFileBytes) {
		this.reader = reader;
		this.files = files;
		this.maxFileBytes = maxFileBytes;
	}

	@Override
	public IngestedFile process(InboxEntry entry) {
		String key = contentKey(entry);
		Optional<Long> known = entry.nameKnown() ? files.find(entry.name(), key) : Optional.empty();
		if (known.isPresent()) {
			return new IngestedFile(entry, key, null, List.of(), known.get());
		}
		try {
			SourceDocument doc = reader.read(entry.path(), entry.name());
			return new IngestedFile(entry, key, doc, doc.articles().stream().map(ArticleFingerprint::of).toList(),
					null);
		}
		catch (UnreadableFileException e) {
			throw new SkippedFileException(entry, key, e.reason(), e);
		}
		catch (RuntimeException | StackOverflowError e) {
			throw new SkippedFileException(entry, key, "unexpected error while reading: " + e, e);
		}
	}

	/**
	 * SHA-256 of a regular file within the size limit; for what cannot or need not be
	 * hashed, a key that stays the same as long as the entry does, so it is reported
	 * once.
	 */
	private String contentKey(InboxEntry entry) {
		if (Files.isDirectory(entry.path(), LinkOption.NOFOLLOW_LINKS)) {
			return "folder";
		}
		if (!Files.isRegularFile(entry.path())) {
			return Files.isSymbolicLink(entry.path()) ? "broken-link" : "not-a-file";
		}
		if (entry.size() > maxFileBytes) {
			return "large:" + entry.size() + ":" + entry.modified();
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(entry.path()),
				MessageDigest.getInstance("SHA-256"))) {
			byte[] buffer = new byte[1 << 16];
			while (in.read(buffer) >= 0) {
				// digest as it reads
			}
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			return "unreadable:" + entry.size() + ":" + entry.modified();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
