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

	/** Whether a file of this name, size and modification time was taken in already (no need to hash it). */
	public boolean seen(String name, long size, LocalDateTime modified) {
		return jdbc.sql("SELECT COUNT(*) FROM BRIEFING_FILE WHERE NAME = ? AND SIZE_BYTES = ? AND MODIFIED = ?")
			.params(name, size, Timestamp.valueOf(modified))
			.query(Integer.class)
			.single() > 0;
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
