package dev.briefing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import dev.briefing.ingest.Article;
import dev.briefing.ingest.ArticleFingerprint;

/**
 * The articles taken in. An article that repeats one stored before (the same agency article in another
 * paper) is kept with its source but points at the first copy and is not extracted again.
 */
public final class ArticleStore {

	/** {@code EXTRACTED_WITH} of a duplicate: its figures are those of the article it repeats. */
	public static final String DUPLICATE = "duplicate";

	/** Columns {@link #mapRow} reads, from {@link #QUEUED}, and the key they are read in order of. */
	public static final String COLUMNS = "QUEUED_ID, ID, FILE_NAME, SEQ, TITLE, PUBLISHED, DATELINE, SOURCE, BODY, WEEK";

	public static final String QUEUE_KEY = "QUEUED_ID";

	/** The articles waiting for extraction, with their text. */
	public static final String QUEUED = "BRIEFING_EXTRACT_QUEUE JOIN BRIEFING_ARTICLE ON ID = QUEUED_ID "
			+ "JOIN BRIEFING_ARTICLE_TEXT ON ARTICLE_ID = QUEUED_ID";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	public ArticleStore(javax.sql.DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
	}

	/**
	 * Stores an article and returns its id and, where it repeats a stored article, that article's id.
	 */
	public Inserted insert(long fileId, Article a, String week) {
		ArticleFingerprint fp = ArticleFingerprint.of(a);
		Long duplicateOf = findOriginal(fp).orElse(null);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO BRIEFING_ARTICLE (FILE_ID, FILE_NAME, SEQ, TITLE, PUBLISHED, DATELINE, SOURCE, WEEK,
				  EXACT_KEY, FIGURES_KEY, SKETCH, DUPLICATE_OF, EXTRACTED_WITH)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(fileId, a.file(), a.number(), Text.cap(a.title(), 2000), a.published(), a.dateline(),
					Text.cap(a.source(), 500), week, fp.exactKey(), fp.figuresKey(), fp.sketch(), duplicateOf,
					duplicateOf == null ? null : DUPLICATE)
			.update(key, "ID");
		long id = key.getKeyAs(Long.class);
		jdbc.sql("INSERT INTO BRIEFING_ARTICLE_TEXT (ARTICLE_ID, BODY) VALUES (?, ?)").params(id, a.text()).update();
		if (duplicateOf == null) {
			jdbc.sql("INSERT INTO BRIEFING_EXTRACT_QUEUE (QUEUED_ID) VALUES (?)").param(id).update();
		}
		return new Inserted(id, duplicateOf);
	}

	public record Inserted(long id, Long duplicateOf) {
	}

	private Optional<Long> findOriginal(ArticleFingerprint fp) {
		return jdbc.sql("""
				SELECT ID, EXACT_KEY, FIGURES_KEY, SKETCH FROM BRIEFING_ARTICLE
				WHERE FIGURES_KEY = ? AND DUPLICATE_OF IS NULL ORDER BY ID""")
			.param(fp.figuresKey())
			.query((rs, n) -> new Candidate(rs.getLong(1),
					new ArticleFingerprint(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list()
			.stream()
			.filter(c -> c.fingerprint().duplicates(fp))
			.map(Candidate::id)
			.findFirst();
	}

	private record Candidate(long id, ArticleFingerprint fingerprint) {
	}

	/**
	 * Records that the articles were extracted with the given catalog and how many figures each gave, and
	 * takes them off the queue.
	 */
	public void markExtracted(List<FigureStore.ArticleFigures> articles, String catalogVersion) {
		template.batchUpdate("DELETE FROM BRIEFING_EXTRACT_QUEUE WHERE QUEUED_ID = ?", articles, 1000,
				(ps, a) -> ps.setLong(1, a.articleId()));
		template.batchUpdate("UPDATE BRIEFING_ARTICLE SET EXTRACTED_WITH = ?, FIGURES = ? WHERE ID = ?", articles,
				1000, (ps, a) -> {
					ps.setString(1, catalogVersion);
					ps.setInt(2, a.figures().size());
					ps.setLong(3, a.articleId());
				});
	}

	/** Marks the articles of the given weeks for extraction again; returns how many. */
	public int resetExtraction(List<String> weeks) {
		int n = 0;
		for (String week : weeks) {
			n += jdbc.sql("""
					INSERT INTO BRIEFING_EXTRACT_QUEUE (QUEUED_ID)
					SELECT ID FROM BRIEFING_ARTICLE A WHERE WEEK = ? AND DUPLICATE_OF IS NULL
					AND NOT EXISTS (SELECT 1 FROM BRIEFING_EXTRACT_QUEUE Q WHERE Q.QUEUED_ID = A.ID)""")
				.param(week)
				.update();
		}
		return n;
	}

	public int countToExtract() {
		return jdbc.sql("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")
			.query(Integer.class)
			.single();
	}

	/** A stored article with its id and week, as the extract step reads it. */
	public record StoredArticle(long id, String week, Article article) {
	}

	public static StoredArticle mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new StoredArticle(rs.getLong("ID"), rs.getString("WEEK"),
				new Article(rs.getString("FILE_NAME"), rs.getInt("SEQ"), rs.getString("TITLE"), date(rs, "PUBLISHED"),
						date(rs, "DATELINE"), rs.getString("SOURCE"), rs.getString("BODY")));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}
}
