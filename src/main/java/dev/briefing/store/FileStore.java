package dev.briefing.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.briefing.db.Dialect;

/**
 * The inbox files taken in, read or skipped; a file is taken in once per name and
 * content.
 */
public final class FileStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String nextIds;

	public FileStore(DataSource dataSource, Dialect dialect) {
		this.jdbc = JdbcClient.create(dataSource);
		this.template = new JdbcTemplate(dataSource);
		this.nextIds = dialect.nextValues("BRIEFING_FILE_SEQ");
	}

	/** Size and modification time of a file as taken in. */
	public record Stamp(long size, LocalDateTime modified) {
	}

	/**
	 * The stamps under which files of these names were taken in, by name: a file with a
	 * stamp seen before needs no hashing; one of a known name with a new stamp may still
	 * hold content seen before.
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

	/**
	 * The file of this name and content, if taken in before (e.g. copied in again with a
	 * new time).
	 */
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
		return insert(List.of(f), now).get(0);
	}

	/** Records the files in one batch and returns their ids, in order. */
	public List<Long> insert(List<StoredFile> files, LocalDateTime now) {
		if (files.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql(nextIds).param(files.size()).query(Long.class).list();
		List<Integer> order = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
		template.batchUpdate("""
				INSERT INTO BRIEFING_FILE (ID, NAME, CONTENT_KEY, SIZE_BYTES, MODIFIED, STATUS, REASON, ENCODING,
				  PUBLISHED, WEEK, ARTICLES, EXECUTION_ID, INGESTED_AT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", order, 1000, (ps, i) -> {
			StoredFile f = files.get(i);
			ps.setLong(1, ids.get(i));
			ps.setString(2, f.name());
			ps.setString(3, f.contentKey());
			ps.setLong(4, f.sizeBytes());
			ps.setTimestamp(5, Timestamp.valueOf(f.modified()));
			ps.setString(6, f.status().name());
			ps.setString(7, Text.cap(f.reason(), 2000));
			ps.setString(8, f.encoding());
			ps.setObject(9, f.published());
			ps.setString(10, f.week());
			ps.setInt(11, f.articles());
			ps.setObject(12, f.executionId());
			ps.setTimestamp(13, Timestamp.valueOf(now));
		});
		return ids;
	}

}
