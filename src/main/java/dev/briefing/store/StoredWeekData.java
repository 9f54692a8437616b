package dev.briefing.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.report.IsoWeek;
import dev.briefing.report.WeekData;

/** A week's workbook data read from the store; mentions are streamed from a cursor. */
public final class StoredWeekData implements WeekData {

	private static final String MENTION_COLUMNS = """
			G.ID, G.WEEK, G.ARTICLE_ID, A.TITLE, F.NAME, A.PUBLISHED, G.CATEGORY, G.INDICATOR, G.LABEL, G.VALUE,
			G.VALUE_MAX, G.UNIT, G.COUNTER, G.QUALIFIER, G.PERIOD, G.REGION, G.TEXT, S.SENTENCE
			FROM BRIEFING_FIGURE G JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID JOIN BRIEFING_FILE F ON F.ID = A.FILE_ID
			LEFT JOIN BRIEFING_SENTENCE S ON S.SENTENCE_ID = G.SENTENCE_ID
			""";

	private static final int ARTICLES_A_QUERY = 200;

	private final IsoWeek week;

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	private final ProblemStore problems;

	public StoredWeekData(IsoWeek week, javax.sql.DataSource dataSource) {
		this.week = week;
		this.template = new JdbcTemplate(dataSource);
		this.template.setFetchSize(1000);
		this.jdbc = JdbcClient.create(dataSource);
		this.problems = new ProblemStore(jdbc);
	}

	@Override
	public IsoWeek week() {
		return week;
	}

	/**
	 * Reads the week's figures article by article, a few hundred articles a query: each
	 * result stays small enough to be held in memory by the database (a week's figures in
	 * one result would be spilled to disk), and the order is the articles' reading order,
	 * then the figures' positions.
	 */
	@Override
	public void forEachMention(Consumer<Mention> action) {
		List<Long> ids = jdbc
			.sql("SELECT A.ID FROM BRIEFING_ARTICLE A WHERE A.WEEK = ? AND A.DUPLICATE_OF IS NULL "
					+ "ORDER BY A.PUBLISHED, A.FILE_ID, A.SEQ")
			.param(week.toString())
			.query(Long.class)
			.list();
		for (int from = 0; from < ids.size(); from += ARTICLES_A_QUERY) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + ARTICLES_A_QUERY));
			Map<Long, List<Mention>> byArticle = new java.util.HashMap<>();
			String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
			template.query("SELECT " + MENTION_COLUMNS + " WHERE G.ARTICLE_ID IN (" + marks + ") ORDER BY G.SEQ",
					(RowCallbackHandler) rs -> {
						Mention m = mention(rs);
						byArticle.computeIfAbsent(m.articleId(), k -> new java.util.ArrayList<>()).add(m);
					}, part.toArray());
			for (Long id : part) {
				byArticle.getOrDefault(id, List.of()).forEach(action);
			}
		}
	}

	@Override
	public List<SourceArticle> articles() {
		return jdbc.sql("""
				SELECT A.ID, F.NAME, A.SEQ, A.TITLE, A.PUBLISHED, A.DATELINE, A.SOURCE, A.DUPLICATE_OF,
				  (SELECT COUNT(*) FROM BRIEFING_FIGURE G WHERE G.ARTICLE_ID = A.ID)
				FROM BRIEFING_ARTICLE A JOIN BRIEFING_FILE F ON F.ID = A.FILE_ID
				WHERE A.WEEK = ? ORDER BY A.PUBLISHED, A.FILE_ID, A.SEQ""")
			.param(week.toString())
			.query((rs, n) -> new SourceArticle(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					date(rs, 5), date(rs, 6), rs.getString(7), (Long) rs.getObject(8, Long.class), rs.getInt(9)))
			.list();
	}

	@Override
	public List<ReadProblem> problems() {
		return problems.week(week.toString());
	}

	/**
	 * The history of {@link #forEachInHistory}, in a list ordered by week, publication
	 * and position: the article's (articles are numbered in the order they were taken
	 * in), then the figure's in it (an article's figures are written together, in order).
	 */
	@Override
	public List<Mention> history(Collection<String> indicatorIds, IsoWeek from, IsoWeek to) {
		List<Mention> out = new java.util.ArrayList<>();
		forEachInHistory(indicatorIds, from, to, out::add);
		out.sort(java.util.Comparator.comparing(Mention::week)
			.thenComparing(Mention::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
			.thenComparingLong(Mention::articleId)
			.thenComparingLong(Mention::id));
		return out;
	}

	/**
	 * Streams the history without ordering it and without the evidence texts, which only
	 * the report week's mentions need: a long history of a busy catalog stays cheap. One
	 * query per indicator and week, each answered from the (indicator, week) index with a
	 * result small enough to stay in memory.
	 */
	@Override
	public void forEachInHistory(Collection<String> indicatorIds, IsoWeek from, IsoWeek to, Consumer<Mention> action) {
		// the figure rows alone: the article's title and file are only shown for the
		// week's own values
		String sql = "SELECT G.ID, G.WEEK, G.ARTICLE_ID, CAST(NULL AS VARCHAR(1)), CAST(NULL AS VARCHAR(1)), "
				+ "G.PUBLISHED, G.CATEGORY, G.INDICATOR, G.LABEL, G.VALUE, G.VALUE_MAX, G.UNIT, G.COUNTER, G.QUALIFIER, "
				+ "G.PERIOD, G.REGION, CAST(NULL AS VARCHAR(1)), CAST(NULL AS VARCHAR(1)) FROM BRIEFING_FIGURE G "
				+ "WHERE G.INDICATOR = ? AND G.WEEK = ?";
		for (String indicator : new java.util.LinkedHashSet<>(indicatorIds)) {
			for (IsoWeek w = from; w.compareTo(to) <= 0; w = w.plusWeeks(1)) {
				template.query(sql, (RowCallbackHandler) rs -> action.accept(mention(rs)), indicator, w.toString());
			}
		}
	}

	@Override
	public Map<Category, Long> countsByCategory() {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		jdbc.sql("SELECT G.CATEGORY, COUNT(*) FROM BRIEFING_ARTICLE A JOIN BRIEFING_FIGURE G ON G.ARTICLE_ID = A.ID "
				+ "WHERE A.WEEK = ? GROUP BY G.CATEGORY")
			.param(week.toString())
			.query(rs -> {
				counts.put(Category.of(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private static Mention mention(ResultSet rs) throws SQLException {
		return new Mention(rs.getLong(1), IsoWeek.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
				rs.getString(5), date(rs, 6), Category.of(rs.getString(7)), rs.getString(8), rs.getString(9),
				rs.getBigDecimal(10).stripTrailingZeros(),
				rs.getBigDecimal(11) == null ? null : rs.getBigDecimal(11).stripTrailingZeros(),
				Unit.valueOf(rs.getString(12)), rs.getString(13), Qualifier.of(rs.getString(14)), rs.getString(15),
				rs.getString(16), rs.getString(17), rs.getString(18));
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

}
