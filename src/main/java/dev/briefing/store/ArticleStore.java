package dev.briefing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.briefing.db.Dialect;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.ArticleFingerprint;

/**
 * The articles taken in. An article that repeats one stored before (the same agency
 * article in another paper) is kept with its source but points at the first copy and is
 * not extracted again. New articles wait in the extraction queue.
 */
public final class ArticleStore {

	/**
	 * Columns {@link #mapRow} reads, from {@link #QUEUED}, and the key they are read in
	 * order of.
	 */
	public static final String COLUMNS = "QUEUED_ID, ID, FILE_NAME, SEQ, TITLE, PUBLISHED, DATELINE, SOURCE, BODY, WEEK";

	public static final String QUEUE_KEY = "QUEUED_ID";

	/** The articles waiting for extraction, with their text. */
	public static final String QUEUED = "BRIEFING_EXTRACT_QUEUE JOIN BRIEFING_ARTICLE ON ID = QUEUED_ID "
			+ "JOIN BRIEFING_ARTICLE_TEXT ON ARTICLE_ID = QUEUED_ID";

	/**
	 * The condition that keeps one key range of {@link #QUEUED}: {@code :from} to
	 * {@code :to}, exclusive.
	 */
	public static final String IN_RANGE = "QUEUED_ID >= :from AND QUEUED_ID < :to";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String nextIds;

	public ArticleStore(DataSource dataSource, Dialect dialect) {
		this.jdbc = JdbcClient.create(dataSource);
		this.template = new JdbcTemplate(dataSource);
		this.nextIds = dialect.nextValues("BRIEFING_ARTICLE_SEQ");
	}

	/** An article to store, with the file it came from, its week and its fingerprint. */
	public record NewArticle(long fileId, Article article, String week, ArticleFingerprint fingerprint) {
	}

	/**
	 * A stored article: its id and, where it repeats an article stored before, that
	 * article's id.
	 */
	public record Inserted(long id, Long duplicateOf) {
	}

	/**
	 * Stores the articles in one batch, in order; an article that repeats one stored
	 * before (or one earlier in the list) is marked as its duplicate.
	 */
	public List<Inserted> insert(List<NewArticle> articles) {
		if (articles.isEmpty()) {
			return List.of();
		}
		Map<String, List<Candidate>> candidates = candidates(articles);
		List<Long> ids = nextIds(articles.size());
		List<Inserted> out = new ArrayList<>(articles.size());
		for (int i = 0; i < articles.size(); i++) {
			ArticleFingerprint fp = articles.get(i).fingerprint();
			List<Candidate> same = candidates.computeIfAbsent(fp.figuresKey(), k -> new ArrayList<>());
			Long original = same.stream()
				.filter(c -> c.fingerprint().duplicates(fp))
				.map(Candidate::id)
				.findFirst()
				.orElse(null);
			if (original == null) {
				same.add(new Candidate(ids.get(i), fp));
			}
			out.add(new Inserted(ids.get(i), original));
		}
		template.batchUpdate("""
				INSERT INTO BRIEFING_ARTICLE (ID, FILE_ID, FILE_NAME, SEQ, TITLE, PUBLISHED, DATELINE, SOURCE, WEEK,
				  EXACT_KEY, FIGURES_KEY, DUPLICATE_OF)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indices(articles.size()), 1000, (ps, i) -> {
			NewArticle n = articles.get(i);
			Article a = n.article();
			Long dup = out.get(i).duplicateOf();
			ps.setLong(1, out.get(i).id());
			ps.setLong(2, n.fileId());
			ps.setString(3, Text.cap(a.file(), 1000));
			ps.setInt(4, a.number());
			ps.setString(5, Text.cap(a.title(), 2000));
			ps.setObject(6, a.published());
			ps.setObject(7, a.dateline());
			ps.setString(8, Text.cap(a.source(), 500));
			ps.setString(9, n.week());
			ps.setString(10, n.fingerprint().exactKey());
			ps.setString(11, n.fingerprint().figuresKey());
			ps.setObject(12, dup);
		});
		template.batchUpdate("INSERT INTO BRIEFING_ARTICLE_TEXT (ARTICLE_ID, BODY) VALUES (?, ?)",
				indices(articles.size()), 1000, (ps, i) -> {
					ps.setLong(1, out.get(i).id());
					ps.setString(2, articles.get(i).article().text());
				});
		List<Integer> sketched = indices(articles.size()).stream()
			.filter(i -> out.get(i).duplicateOf() == null && !articles.get(i).fingerprint().sketch().isEmpty())
			.toList();
		template.batchUpdate("INSERT INTO BRIEFING_ARTICLE_SKETCH (SKETCH_ID, SKETCH) VALUES (?, ?)", sketched, 1000,
				(ps, i) -> {
					ps.setLong(1, out.get(i).id());
					ps.setString(2, Text.cap(articles.get(i).fingerprint().sketch(), 1000));
				});
		List<Inserted> originals = out.stream().filter(x -> x.duplicateOf() == null).toList();
		template.batchUpdate("INSERT INTO BRIEFING_EXTRACT_QUEUE (QUEUED_ID) VALUES (?)", originals, 1000,
				(ps, x) -> ps.setLong(1, x.id()));
		return out;
	}

	private record Candidate(long id, ArticleFingerprint fingerprint) {
	}

	/** Stored originals that share figures with any of the articles, by figures key. */
	private Map<String, List<Candidate>> candidates(List<NewArticle> articles) {
		Set<String> keys = new LinkedHashSet<>();
		articles.forEach(a -> keys.add(a.fingerprint().figuresKey()));
		Map<String, List<Candidate>> found = new HashMap<>();
		String marks = String.join(",", Collections.nCopies(keys.size(), "?"));
		jdbc.sql("SELECT ID, EXACT_KEY, FIGURES_KEY, SKETCH FROM BRIEFING_ARTICLE LEFT JOIN BRIEFING_ARTICLE_SKETCH "
				+ "ON SKETCH_ID = ID WHERE FIGURES_KEY IN (" + marks + ") AND DUPLICATE_OF IS NULL ORDER BY ID")
			.params(new ArrayList<>(keys))
			.query(rs -> {
				found.computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
					.add(new Candidate(rs.getLong(1), new ArticleFingerprint(rs.getString(2), rs.getString(3),
							rs.getString(4) == null ? "" : rs.getString(4))));
			});
		return found;
	}

	private List<Long> nextIds(int n) {
		return jdbc.sql(nextIds).param(n).query(Long.class).list();
	}

	private static List<Integer> indices(int n) {
		List<Integer> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			list.add(i);
		}
		return list;
	}

	/**
	 * Takes extracted articles off the queue and returns those that were still on it: an
	 * article another worker finished meanwhile is not on it any more, and its figures
	 * must not be written again. The deleted queue rows stay locked until the transaction
	 * ends, so two writers of one article never both get it.
	 */
	public List<FigureStore.ArticleFigures> takeOffQueue(List<FigureStore.ArticleFigures> articles) {
		if (articles.isEmpty()) {
			return List.of();
		}
		int[][] counts = template.batchUpdate("DELETE FROM BRIEFING_EXTRACT_QUEUE WHERE QUEUED_ID = ?", articles, 1000,
				(ps, a) -> ps.setLong(1, a.articleId()));
		List<FigureStore.ArticleFigures> taken = new ArrayList<>(articles.size());
		int i = 0;
		for (int[] batch : counts) {
			for (int n : batch) {
				// a driver that cannot count rows per statement answers SUCCESS_NO_INFO
				// (-2)
				if (n != 0) {
					taken.add(articles.get(i));
				}
				i++;
			}
		}
		return taken;
	}

	/**
	 * Bounds of {@code n} key ranges that cut the extraction queue into parts of about
	 * the same number of articles: {@code n + 1} keys, each range from one key
	 * (inclusive) to the next (exclusive). Ranges are empty when fewer articles wait.
	 */
	public List<Long> queueCuts(int n) {
		int waiting = countToExtract();
		List<Long> cuts = new ArrayList<>(n + 1);
		Long first = jdbc.sql("SELECT MIN(QUEUED_ID) FROM BRIEFING_EXTRACT_QUEUE")
			.query(Long.class)
			.optional()
			.orElse(null);
		Long last = jdbc.sql("SELECT MAX(QUEUED_ID) FROM BRIEFING_EXTRACT_QUEUE")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (first == null || last == null) {
			for (int i = 0; i <= n; i++) {
				cuts.add(0L);
			}
			return cuts;
		}
		cuts.add(first);
		for (int i = 1; i < n; i++) {
			long offset = (long) waiting * i / n;
			Long key = jdbc.sql(
					"SELECT QUEUED_ID FROM BRIEFING_EXTRACT_QUEUE ORDER BY QUEUED_ID OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")
				.param(offset)
				.query(Long.class)
				.optional()
				.orElse(last + 1);
			cuts.add(Math.max(key, cuts.get(cuts.size() - 1)));
		}
		cuts.add(last + 1);
		return cuts;
	}

	/** Queues the articles of the given weeks for extraction again; returns how many. */
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
		return jdbc.sql("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE").query(Integer.class).single();
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
