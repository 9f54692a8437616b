package dev.briefing.store;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.db.Dialect;
import dev.briefing.extract.Quantity;

/**
 * The figures extracted from each article. An article's figures are written once, in one
 * batch with the rest of its chunk; extracting it again (after a catalog change) first
 * removes them, and the unique key on (article, position) refuses anything written twice.
 */
public final class FigureStore {

	private final JdbcTemplate jdbc;

	private final String nextSentenceIds;

	public FigureStore(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.nextSentenceIds = dialect.nextValues("BRIEFING_SENTENCE_SEQ");
	}

	/** The figures of one article, in the order found. */
	public record ArticleFigures(long articleId, String week, List<Quantity> figures) {
	}

	private record Row(ArticleFigures article, int seq, Quantity q, long sentenceId) {
	}

	private record Sentence(long id, String text) {
	}

	public void insert(List<ArticleFigures> articles) {
		int figureCount = articles.stream().mapToInt(a -> a.figures().size()).sum();
		if (figureCount == 0) {
			return;
		}
		java.util.Iterator<Long> ids = jdbc.queryForList(nextSentenceIds, Long.class, figureCount).iterator();
		List<Row> rows = new java.util.ArrayList<>(figureCount);
		List<Sentence> sentences = new java.util.ArrayList<>();
		for (ArticleFigures a : articles) {
			java.util.Map<String, Long> ofArticle = new java.util.HashMap<>();
			for (int i = 0; i < a.figures().size(); i++) {
				Quantity q = a.figures().get(i);
				String text = Text.cap(q.sentence() == null ? "" : q.sentence(), 8000);
				long sentence = ofArticle.computeIfAbsent(text, t -> {
					long id = ids.next();
					sentences.add(new Sentence(id, t));
					return id;
				});
				rows.add(new Row(a, i + 1, q, sentence));
			}
		}
		jdbc.batchUpdate("INSERT INTO BRIEFING_SENTENCE (SENTENCE_ID, SENTENCE) VALUES (?, ?)", sentences, 1000,
				(ps, x) -> {
					ps.setLong(1, x.id());
					ps.setString(2, x.text());
				});
		jdbc.batchUpdate("""
				INSERT INTO BRIEFING_FIGURE (ARTICLE_ID, SEQ, WEEK, CATEGORY, INDICATOR, LABEL, VALUE, VALUE_MAX, UNIT,
				  COUNTER, QUALIFIER, PERIOD, REGION, DIRECTION, TEXT, SENTENCE_ID, START_OFFSET, END_OFFSET, PUBLISHED)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000,
				(PreparedStatement ps, Row row) -> {
					Quantity q = row.q();
					ps.setLong(1, row.article().articleId());
					ps.setInt(2, row.seq());
					ps.setString(3, row.article().week());
					ps.setString(4, q.category().code());
					ps.setString(5, q.indicator());
					ps.setString(6, Text.cap(q.label(), 200));
					ps.setBigDecimal(7, q.value());
					if (q.valueMax() == null) {
						ps.setNull(8, Types.DECIMAL);
					}
					else {
						ps.setBigDecimal(8, q.valueMax());
					}
					ps.setString(9, q.unit().name());
					ps.setString(10, q.counter());
					ps.setString(11, q.qualifier().code());
					ps.setString(12, q.period());
					ps.setString(13, Text.cap(q.region(), 100));
					ps.setString(14, q.direction());
					ps.setString(15, Text.cap(q.text(), 1000));
					ps.setLong(16, row.sentenceId());
					ps.setInt(17, q.start());
					ps.setInt(18, q.end());
					ps.setObject(19, q.published());
				});
	}

	/**
	 * Removes the figures of the given articles, so that writing them again replaces
	 * them: an article's figures are never doubled, whatever wrote them before.
	 */
	public int deleteArticles(List<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return 0;
		}
		String marks = String.join(",", java.util.Collections.nCopies(articleIds.size(), "?"));
		Object[] ids = articleIds.toArray();
		List<Long> sentences = jdbc
			.queryForList("SELECT DISTINCT SENTENCE_ID FROM BRIEFING_FIGURE WHERE ARTICLE_ID IN (" + marks
					+ ") AND SENTENCE_ID IS NOT NULL", Long.class, ids);
		if (sentences.isEmpty()) {
			return jdbc.update("DELETE FROM BRIEFING_FIGURE WHERE ARTICLE_ID IN (" + marks + ")", ids);
		}
		int n = jdbc.update("DELETE FROM BRIEFING_FIGURE WHERE ARTICLE_ID IN (" + marks + ")", ids);
		jdbc.batchUpdate("DELETE FROM BRIEFING_SENTENCE WHERE SENTENCE_ID = ?", sentences, 1000,
				(ps, id) -> ps.setLong(1, id));
		return n;
	}

	/**
	 * Removes the figures of the articles of the given weeks, before they are extracted
	 * again.
	 */
	public int deleteWeeks(List<String> weeks) {
		int n = 0;
		for (String week : weeks) {
			// through the week's articles: figure rows carry their article's week but
			// have no
			// index of their own on it (one index less to keep up on every figure
			// written)
			List<Long> sentences = jdbc.queryForList(
					"SELECT DISTINCT SENTENCE_ID FROM BRIEFING_FIGURE WHERE ARTICLE_ID IN "
							+ "(SELECT ID FROM BRIEFING_ARTICLE WHERE WEEK = ?) AND SENTENCE_ID IS NOT NULL",
					Long.class, week);
			n += jdbc.update(
					"DELETE FROM BRIEFING_FIGURE WHERE ARTICLE_ID IN (SELECT ID FROM BRIEFING_ARTICLE WHERE WEEK = ?)",
					week);
			jdbc.batchUpdate("DELETE FROM BRIEFING_SENTENCE WHERE SENTENCE_ID = ?", sentences, 1000,
					(ps, id) -> ps.setLong(1, id));
		}
		return n;
	}

}
