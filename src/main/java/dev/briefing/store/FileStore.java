package dev.briefing.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The inbox files taken in, read or skipped; a file is taken in once per name and content. */
public final class FileStore {

	private final JdbcClient jdbc;

	public FileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Size and modification time of a file as taken in. */
	public record Stamp(long size, LocalDateTime modified) {
	}

	/**
	 * The stamps under which files of these names were taken in, by name: a file with a stamp seen before
	 * needs no hashing; one of a known name with a new stamp may still hold content seen before.
	 */
	public java.util.Map<String, java.util.Set<Stamp>> stamps(java.util.Collection<String> names) {
		java.util.Map<String, java.util.Set<Stamp>> out = new java.util.HashMap<>();
		java.util.List<String> all = new java.util.ArrayList<>(names);
		for (int from = 0; from < all.size(); from += 500) {
			java.util.List<String> part = all.subList(from, Math.min(all.size(), from + 500));
			String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
			jdbc.sql("SELECT NAME, SIZE_BYTES, MODIFIED FROM BRIEFING_FILE WHERE NAME IN (" + marks + ")")
				.params(new java.util.ArrayList<Object>(part))
				.query(rs -> {
					out.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>())
						.add(new Stamp(rs.getLong(2), rs.getTimestamp(3).toLocalDateTime()));
				});
		}
		return out;
	}

	/** The file of this name and content, if taken in before (e.g. copied in again with a new time). */
	public Optional<Long> find(String name, String contentKey) {
		return jdbc.sql("SELECT ID FROM BRIEFING_FILE WHERE NAME = ? AND CONTENT_KEY = ?")
			.params(name, contentKey)
			.query(Long.class)
			.optional();
	}

	public void touch(long id, LocalDateTime modified) {
		jdbc.sql("UPDATE BRIEFING_FILE SET MODIFIED = ? WHERE ID = ?").params(Timestamp.valueOf(modified), id).update();
	}

	public long insert(StoredFile f, LocalDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO BRIEFING_FILE (NAME, CONTENT_KEY, SIZE_BYTES, MODIFIED, STATUS, REASON, ENCODING,
				  PUBLISHED, WEEK, ARTICLES, EXECUTION_ID, INGESTED_AT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(f.name(), f.contentKey(), f.sizeBytes(), Timestamp.valueOf(f.modified()), f.status().name(),
					Text.cap(f.reason(), 2000), f.encoding(), f.published(), f.week(), f.articles(), f.executionId(),
					Timestamp.valueOf(now))
			.update(key, "ID");
		return key.getKeyAs(Long.class);
	}
}
