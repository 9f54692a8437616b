package dev.briefing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.briefing.store.FileStore;

/**
 * Lists the inbox (one level; hidden files ignored) in name order and hands out the
 * entries not taken in before. What was taken in is in the store, so a restart lists
 * again and goes on where the last committed chunk ended; no position needs saving.
 */
class InboxFileItemReader implements ItemStreamReader<InboxEntry> {

	private static final Logger log = LoggerFactory.getLogger(InboxFileItemReader.class);

	private final Path inbox;

	private final FileStore files;

	private final ZoneId zone;

	private Iterator<InboxEntry> pending;

	private int total;

	InboxFileItemReader(Path inbox, FileStore files, ZoneId zone) {
		this.inbox = inbox;
		this.files = files;
		this.zone = zone;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		List<InboxEntry> entries = new ArrayList<>();
		int known = 0;
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(inbox)) {
			List<Path> paths = new ArrayList<>();
			dir.forEach(p -> {
				if (!p.getFileName().toString().startsWith(".")) {
					paths.add(p);
				}
			});
			paths.sort(null);
			Map<String, Set<FileStore.Stamp>> stamps = files
				.stamps(paths.stream().map(p -> p.getFileName().toString()).toList());
			for (Path p : paths) {
				String name = p.getFileName().toString();
				Set<FileStore.Stamp> seen = stamps.getOrDefault(name, Set.of());
				InboxEntry e = entry(p, name, !seen.isEmpty());
				if (seen.contains(new FileStore.Stamp(e.size(), e.modified()))) {
					known++;
				}
				else {
					entries.add(e);
				}
			}
		}
		catch (NoSuchFileException e) {
			throw new ItemStreamException(
					"the inbox folder does not exist: " + inbox + " (set inbox.path in the job config or pass --inbox)",
					e);
		}
		catch (IOException e) {
			throw new ItemStreamException("cannot list the inbox " + inbox + ": " + e.getMessage(), e);
		}
		total = entries.size();
		log.info("Inbox {}: {} new file(s), {} taken in before", inbox, total, known);
		pending = entries.iterator();
	}

	/** How many new files the inbox held when the step opened. */
	public int total() {
		return total;
	}

	private InboxEntry entry(Path p, String name, boolean nameKnown) {
		try {
			BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			long size = a.isRegularFile() ? a.size() : 0;
			if (a.isSymbolicLink() && Files.isRegularFile(p)) {
				size = Files.size(p);
				a = Files.readAttributes(p, BasicFileAttributes.class);
			}
			LocalDateTime modified = LocalDateTime.ofInstant(a.lastModifiedTime().toInstant(), zone)
				.truncatedTo(ChronoUnit.MILLIS);
			return new InboxEntry(p, name, size, modified, nameKnown);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InboxEntry read() {
		return pending != null && pending.hasNext() ? pending.next() : null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
	}

	@Override
	public void close() {
		pending = null;
	}

}
