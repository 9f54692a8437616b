package dev.briefing.store;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.extract.Quantity;

/**
 * The figures extracted from each article. An article's figures are written once, in one batch with the
 * rest of its chunk; extracting it again (after a catalog change) first removes them, and the unique key
 * on (article, position) refuses anything written twice.
 */
public final class FigureStore {

	private final JdbcTemplate jdbc;

	public FigureStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The figures of one article, in the order found. */
	public record ArticleFigures(long articleId, String week, List<Quantity> figures) {
	}

	private record Row(ArticleFigures article, int seq, Quantity q) {
	}

	public void insert(List<ArticleFigures> articles) {
		List<Row> rows = new java.util.ArrayList<>();
		for (ArticleFigures a : articles) {
			for (int i = 0; i < a.figures().size(); i++) {
				rows.add(new Row(a, i + 1, a.figures().get(i)));
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO BRIEFING_FIGURE (ARTICLE_ID, SEQ, WEEK, CATEGORY, INDICATOR, LABEL, VALUE, VALUE_MAX, UNIT,
				  COUNTER, QUALIFIER, PERIOD, REGION, DIRECTION, TEXT, SENTENCE, START_OFFSET, END_OFFSET)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000,
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
					ps.setString(16, Text.cap(q.sentence(), 8000));
					ps.setInt(17, q.start());
					ps.setInt(18, q.end());
				});
	}

	/** Removes the figures of the articles of the given weeks, before they are extracted again. */
	public int deleteWeeks(List<String> weeks) {
		int n = 0;
		for (String week : weeks) {
			n += jdbc.update("DELETE FROM BRIEFING_FIGURE WHERE WEEK = ?", week);
		}
		return n;
	}
}
