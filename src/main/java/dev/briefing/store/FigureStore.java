package dev.briefing.store;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.extract.Quantity;

/** The figures extracted from each article; an article's figures are replaced as a whole, never added twice. */
public final class FigureStore {

	private final JdbcTemplate jdbc;

	public FigureStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long articleId, String week, List<Quantity> figures) {
		jdbc.update("DELETE FROM BRIEFING_FIGURE WHERE ARTICLE_ID = ?", articleId);
		if (figures.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO BRIEFING_FIGURE (ARTICLE_ID, SEQ, WEEK, CATEGORY, INDICATOR, LABEL, VALUE, VALUE_MAX, UNIT,
				  COUNTER, QUALIFIER, PERIOD, REGION, DIRECTION, TEXT, SENTENCE, START_OFFSET, END_OFFSET)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", figures, 500,
				(PreparedStatement ps, Quantity q) -> {
					int seq = figures.indexOf(q) + 1;
					ps.setLong(1, articleId);
					ps.setInt(2, seq);
					ps.setString(3, week);
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
}
