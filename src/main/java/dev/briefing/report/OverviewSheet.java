package dev.briefing.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.Mention;

/**
 * {@code 概览}: the title, when the workbook was made, the headline indicators with this
 * week's value against the previous one, and how many figures each category gave.
 */
final class OverviewSheet {

	static final String[] HEADLINE_HEADER = { "指标", "本周数值", "单位", "上期数值", "上期", "变化", "变化率", "来源文章", "发布日期" };

	/**
	 * Row of the first headline indicator, under the section title and the table header.
	 */
	static final int FIRST_HEADLINE_ROW = 5;

	private final SheetWriter out;

	private final ArticleRows articles;

	private final BriefingConfig.Region region;

	OverviewSheet(SheetWriter out, ArticleRows articles, BriefingConfig.Region region) {
		this.out = out;
		this.articles = articles;
		this.region = region;
	}

	void write(String title, LocalDateTime generated, String timeZone, List<Indicator> headlines,
			IndicatorValues values, IsoWeek week, Map<Category, Long> counts, String zone) {
		StyleLibrary styles = out.styles();
		out.text(out.row(0), 0, title, Look.TITLE);
		out.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, HEADLINE_HEADER.length - 1));
		out.text(out.row(1), 0,
				"生成时间：" + generated.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")) + "（" + timeZone + "）",
				Look.SUBTITLE);
		out.text(out.row(3), 0, "重点指标", Look.SECTION);
		header(out.row(4), HEADLINE_HEADER);
		int r = FIRST_HEADLINE_ROW;
		for (Indicator indicator : headlines) {
			int at = r;
			if (out.item(() -> "重点指标「" + indicator.label() + "」", () -> headline(out.row(at), indicator,
					values.in(indicator.id(), week), values.before(indicator.id(), week), week))) {
				r++;
			}
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
		out.fitColumns(new int[] { 16, 12, 6, 12, 10, 14, 10, 30, 12 },
				new int[] { 26, 18, 10, 18, 14, 20, 12, 60, 12 });
		out.printSetup(title, 0);
	}

	private void header(Row row, String[] names) {
		for (int c = 0; c < names.length; c++) {
			out.text(row, c, names[c], Look.HEADER);
		}
	}

	private void headline(Row row, Indicator indicator, Optional<Mention> current, Optional<Mention> previous,
			IsoWeek week) {
		StyleLibrary styles = out.styles();
		Mention any = current.or(() -> previous).orElse(null);
		String where = any != null && IndicatorValues.regionRank(any.region(), region) >= 2 ? "（" + any.region() + "）"
				: "";
		out.text(row, 0, indicator.label() + where, Look.TEXT);
		Unit unit = any != null ? any.unit() : indicator.unit();
		Measure measure = Measure.of(unit, any != null ? any.counter() : null, current.map(Mention::value).orElse(null),
				previous.map(Mention::value).orElse(null));
		if (current.isPresent()) {
			out.number(row, 1, measure.shown(current.get().value()), styles.number(measure.num()));
		}
		else {
			out.text(row, 1, "本周无数据", Look.MUTED);
		}
		out.text(row, 2, any != null ? measure.unit() : "", Look.TEXT);
		if (previous.isPresent()) {
			out.number(row, 3, measure.shown(previous.get().value()), styles.number(measure.num()));
			IsoWeek then = previous.get().week();
			out.text(row, 4, then.year() == week.year() ? "第" + then.week() + "周" : then.chinese(), Look.TEXT);
		}
		else {
			out.text(row, 3, "—", Look.MUTED);
		}
		if (current.isPresent() && previous.isPresent()) {
			BigDecimal now = current.get().value();
			BigDecimal before = previous.get().value();
			// a rank that falls in number has risen: 第6 to 第5 is shown as one place up
			double delta = (unit == Unit.RANK ? before.subtract(now) : now.subtract(before)).doubleValue()
					/ measure.divisor();
			Num num = measure.num() == Num.RANK ? Num.INT : measure.num();
			out.number(row, 5, delta, styles.change(num, delta));
			if (before.signum() != 0 && unit != Unit.PERCENT && unit != Unit.PERCENT_POINT && unit != Unit.RANK) {
				double ratio = now.subtract(before).doubleValue() / before.doubleValue();
				out.number(row, 6, ratio, styles.change(Num.RATIO, ratio));
			}
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
