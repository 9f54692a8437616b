package dev.briefing.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.extract.Category;
import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.WeekData.Mention;

/**
 * {@code 指标}: a header row, then one row per mention as it streams from the store. The
 * headline links to the article's row in {@code 来源}; one link covers each run of rows
 * from the same article.
 */
final class IndicatorSheet {

	static final String[] HEADER = { "类别", "指标", "数值", "单位", "限定", "范围上限", "时期", "地区", "文章", "发布日期", "原文", "依据句" };

	static final int VALUE = 2;

	static final int ARTICLE = 8;

	private final SheetWriter out;

	private final StreamedLinks links;

	private final ArticleRows articles;

	private int row = 1;

	private long runArticle = Long.MIN_VALUE;

	private int runStart;

	private final Counts counts = new Counts();

	/** What the streamed mentions held, for the data-quality sheet. */
	static final class Counts {

		long total;

		long withIndicator;

		final Map<Category, Long> byCategory = new EnumMap<>(Category.class);

	}

	IndicatorSheet(SheetWriter out, StreamedLinks links, ArticleRows articles) {
		this.out = out;
		this.links = links;
		this.articles = articles;
	}

	Counts write(WeekData data, String title) {
		Row head = out.row(0);
		for (int c = 0; c < HEADER.length; c++) {
			out.text(head, c, HEADER[c], Look.HEADER);
		}
		data.forEachMention(m -> out.item(() -> describe(m), () -> add(m)));
		endRun();
		int last = Math.max(row - 1, 1);
		out.sheet().createFreezePane(0, 1);
		out.sheet().setAutoFilter(new CellRangeAddress(0, last, 0, HEADER.length - 1));
		out.fitColumns(new int[] { 8, 10, 10, 5, 5, 8, 10, 6, 20, 11, 10, 40 },
				new int[] { 14, 24, 16, 10, 6, 12, 24, 12, 32, 11, 24, 60 });
		out.printSetup(title, 1);
		return counts;
	}

	/** A figure as the data-quality sheet names it when it cannot be written. */
	static String describe(Mention m) {
		return "「" + (m.label() != null ? m.label() : m.text()) + "」" + (m.label() != null ? " " + m.text() : "") + "（"
				+ m.file() + "，" + (m.articleTitle() == null ? "无标题" : m.articleTitle()) + "）";
	}

	private void add(Mention m) {
		StyleLibrary styles = out.styles();
		Row r = out.row(row);
		out.text(r, 0, m.category() == null ? "" : m.category().chinese(), Look.TEXT);
		out.text(r, 1, m.label(), Look.TEXT);
		if (m.value() != null && m.unit() != null) {
			Measure measure = Measure.of(m.unit(), m.counter(), m.value(), m.valueMax());
			out.number(r, VALUE, measure.shown(m.value()), styles.number(measure.num()));
			out.text(r, 3, measure.unit(), Look.TEXT);
			if (m.valueMax() != null) {
				out.number(r, 5, measure.shown(m.valueMax()), styles.number(measure.num()));
			}
		}
		out.text(r, 4, Measure.qualifier(m.qualifier()), Look.TEXT);
		out.text(r, 6, PeriodText.chinese(m.period()), Look.TEXT);
		out.text(r, 7, m.region(), Look.TEXT);
		boolean linked = articles.row(m.articleId()) > 0;
		out.text(r, ARTICLE, m.articleTitle() == null ? "（无标题）" : m.articleTitle(), linked ? Look.LINK : Look.TEXT);
		out.date(r, 9, m.published());
		out.text(r, 10, m.text(), Look.TEXT);
		out.text(r, 11, m.sentence(), Look.TEXT);
		counts.total++;
		if (m.indicator() != null) {
			counts.withIndicator++;
		}
		if (m.category() != null) {
			counts.byCategory.merge(m.category(), 1L, Long::sum);
		}
		if (m.articleId() != runArticle) {
			endRun();
			runArticle = m.articleId();
			runStart = row;
		}
		row++;
	}

	private void endRun() {
		int target = articles.row(runArticle);
		if (target > 0 && row > runStart) {
			links.add(runStart, row - 1, ARTICLE, target);
		}
	}

}
