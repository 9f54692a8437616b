package dev.briefing.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.Mention;

/**
 * {@code 概览}: the title, when the workbook was made, {@code 本周要点} (the week in a few
 * sentences, one a cell), the headline indicators with this week's value against the
 * previous one, and how many figures each category gave.
 */
final class OverviewSheet {

	static final String[] HEADLINE_HEADER = { "指标", "本周数值", "单位", "上期数值", "上期", "变化", "变化率", "来源文章", "发布日期" };

	static final String HIGHLIGHTS = "本周要点";

	/** Row of the first sentence of {@value #HIGHLIGHTS}, under its section title. */
	static final int FIRST_HIGHLIGHT_ROW = 4;

	/** Widths of the table's columns in characters: at least, at most. */
	private static final int[] MIN_WIDTHS = { 16, 12, 6, 12, 10, 14, 10, 30, 12 };

	private static final int[] MAX_WIDTHS = { 26, 18, 10, 18, 14, 20, 12, 60, 12 };

	/** Height of a line of the body font, in points. */
	private static final float LINE_POINTS = 14;

	private final SheetWriter out;

	private final ArticleRows articles;

	private final BriefingConfig.Region region;

	OverviewSheet(SheetWriter out, ArticleRows articles, BriefingConfig.Region region) {
		this.out = out;
		this.articles = articles;
		this.region = region;
	}

	/**
	 * Writes the sheet and returns the sentences of {@value #HIGHLIGHTS}, as their cells
	 * hold them.
	 */
	List<String> write(String title, LocalDateTime generated, String timeZone, List<Indicator> headlines,
			IndicatorValues values, IsoWeek week, Map<Category, Long> counts, String zone) {
		StyleLibrary styles = out.styles();
		out.text(out.row(0), 0, title, Look.TITLE);
		out.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, HEADLINE_HEADER.length - 1));
		out.text(out.row(1), 0,
				"生成时间：" + generated.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")) + "（" + timeZone + "）",
				Look.SUBTITLE);
		List<HeadlineFigure> figures = headlines.stream()
			.map(indicator -> HeadlineFigure.of(indicator, values, week, region))
			.toList();
		List<String> sentences = new WeekHighlights(articles).sentences(figures, values, week);
		out.text(out.row(3), 0, HIGHLIGHTS, Look.SECTION);
		List<Row> sentenceRows = new ArrayList<>();
		int r = FIRST_HIGHLIGHT_ROW;
		for (String sentence : sentences) {
			Row row = out.row(r);
			out.text(row, 0, sentence, Look.WRAP);
			out.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, HEADLINE_HEADER.length - 1));
			sentenceRows.add(row);
			r++;
		}
		r++;
		out.text(out.row(r++), 0, "重点指标", Look.SECTION);
		header(out.row(r++), HEADLINE_HEADER);
		for (HeadlineFigure figure : figures) {
			headline(out.row(r++), figure, week);
		}
		r++;
		out.text(out.row(r++), 0, "各类别数字个数", Look.SECTION);
		header(out.row(r++), new String[] { "类别", "数字个数", "占比" });
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		for (Category c : Category.values()) {
			Row row = out.row(r++);
			long n = counts.getOrDefault(c, 0L);
			out.text(row, 0, c.chinese(), Look.TEXT);
			out.number(row, 1, n, styles.number(Num.INT));
			if (total > 0) {
				out.number(row, 2, (double) n / total, styles.number(Num.RATIO));
			}
		}
		Row sum = out.row(r++);
		out.text(sum, 0, "合计", Look.HEADER);
		out.number(sum, 1, total, styles.number(Num.INT));
		r++;
		out.text(out.row(r++), 0,
				"说明：本周数值取本周文章中该指标的一个数字：先取" + zone + "本区的数字，其次取未注明地区、本市、本省的数字；同等情况下取发布最晚、所指时期最新的一条，再取文中最先出现的一条（总数先于分项）。",
				Look.NOTE);
		out.text(out.row(r++), 0,
				"上期数值取此前最近一个有同一地区、同一单位该指标数字的周（括号内为非本区数字的地区）。变化：↑ 红色为上升，↓ 绿色为下降，→ 为持平；百分比指标的变化以百分点计；排名的变化以名次计，↑ 为名次提前。全部数字见「指标」表。",
				Look.NOTE);
		out.text(out.row(r++), 0, "本周要点：本周有数值的重点指标，按本周变化相对该指标以往各周平均变化的大小排列，变化越突出越靠前；同一篇文章相邻的指标合为一句，至多"
				+ WeekHighlights.MAX_SENTENCES + "句，其余见上表。", Look.NOTE);
		out.fitColumns(MIN_WIDTHS, MAX_WIDTHS);
		fitHeights(sentenceRows, sentences);
		out.printSetup(title, 0);
		return sentences;
	}

	/**
	 * Rows of wrapped sentences tall enough for their lines: a merged cell does not grow
	 * by itself.
	 */
	private void fitHeights(List<Row> rows, List<String> sentences) {
		double width = 0;
		for (int c = 0; c < HEADLINE_HEADER.length; c++) {
			width += out.sheet().getColumnWidth(c) / 256.0;
		}
		for (int i = 0; i < rows.size(); i++) {
			// the body font is a little narrower than the width unit's; a tenth to spare
			int lines = (int) Math.ceil(SheetWriter.displayWidth(sentences.get(i)) * 1.1 / width);
			rows.get(i).setHeightInPoints(Math.max(1, lines) * LINE_POINTS + 4);
		}
	}

	private void header(Row row, String[] names) {
		for (int c = 0; c < names.length; c++) {
			out.text(row, c, names[c], Look.HEADER);
		}
	}

	private void headline(Row row, HeadlineFigure figure, IsoWeek week) {
		StyleLibrary styles = out.styles();
		Optional<Mention> current = figure.current();
		Optional<Mention> previous = figure.previous();
		out.text(row, 0, figure.name(), Look.TEXT);
		Measure measure = figure.measure();
		if (current.isPresent()) {
			out.number(row, 1, figure.now(), styles.number(measure.num()));
		}
		else {
			out.text(row, 1, "本周无数据", Look.MUTED);
		}
		out.text(row, 2, current.isPresent() || previous.isPresent() ? measure.unit() : "", Look.TEXT);
		if (previous.isPresent()) {
			out.number(row, 3, figure.before(), styles.number(measure.num()));
			IsoWeek then = previous.get().week();
			out.text(row, 4, then.year() == week.year() ? "第" + then.week() + "周" : then.chinese(), Look.TEXT);
		}
		else {
			out.text(row, 3, "—", Look.MUTED);
		}
		if (figure.hasChange()) {
			double delta = figure.change();
			out.number(row, 5, delta, styles.change(figure.changeNum(), delta));
			figure.ratio().ifPresent(ratio -> out.number(row, 6, ratio, styles.change(Num.RATIO, ratio)));
		}
		if (current.isPresent()) {
			Mention m = current.get();
			int target = articles.row(m.articleId());
			String headline = m.articleTitle() != null ? m.articleTitle() : articles.title(m.articleId());
			Cell title = out.text(row, 7, headline == null ? "（无标题）" : headline, target > 0 ? Look.LINK : Look.TEXT);
			if (target > 0) {
				out.link(title, "'" + SourceSheet.NAME + "'!F" + (target + 1));
			}
			out.date(row, 8, m.published());
		}
	}

}
