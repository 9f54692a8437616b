package dev.briefing.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.SourceArticle;

/**
 * {@code 来源}: the week's articles, one row each, duplicates marked and linked to the
 * article they repeat.
 */
final class SourceSheet {

	static final String NAME = "来源";

	static final String[] HEADER = { "序号", "发布日期", "文件", "报刊/来源", "篇号", "标题", "数字个数", "备注" };

	/** The title column, where links from the other sheets point. */
	static final int TITLE = 5;

	static final int NOTE = 7;

	private final SheetWriter out;

	private final StreamedLinks links;

	private int row;

	SourceSheet(SheetWriter out, StreamedLinks links) {
		this.out = out;
		this.links = links;
	}

	void write(WeekData data, ArticleRows rows, String title) {
		Row head = out.row(0);
		for (int c = 0; c < HEADER.length; c++) {
			out.text(head, c, HEADER[c], Look.HEADER);
		}
		row = 1;
		data.forEachArticle(a -> out.item(() -> "文章「" + a.title() + "」（" + a.file() + " 第" + a.number() + "篇）",
				() -> add(a, rows)));
		out.sheet().createFreezePane(0, 1);
		out.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(row - 1, 1), 0, HEADER.length - 1));
		out.fitColumns(new int[] { 6, 11, 14, 10, 6, 30, 8, 12 }, new int[] { 8, 11, 40, 24, 6, 80, 8, 28 });
		out.printSetup(title, 1);
	}

	private void add(SourceArticle a, ArticleRows rows) {
		StyleLibrary styles = out.styles();
		boolean duplicate = a.duplicateOf() != null;
		Look look = duplicate ? Look.MUTED : Look.TEXT;
		Row r = out.row(row);
		out.number(r, 0, row, styles.number(Num.INT));
		out.date(r, 1, a.published() != null ? a.published() : a.dateline());
		out.text(r, 2, a.file(), look);
		out.text(r, 3, a.source(), look);
		out.number(r, 4, a.number(), styles.number(Num.INT));
		out.text(r, TITLE, a.title() == null ? "（无标题）" : a.title(), look);
		out.number(r, 6, a.figures(), styles.number(Num.INT));
		if (duplicate) {
			int original = rows.row(a.duplicateOf());
			if (original > 0) {
				out.text(r, NOTE, "重复文章：与序号 " + original + " 相同", Look.LINK);
				links.add(row, row, NOTE, original);
			}
			else {
				out.text(r, NOTE, "重复文章", Look.MUTED);
			}
		}
		else if (a.published() == null) {
			out.text(r, NOTE, a.dateline() != null ? "无发布日期，日期取自电头" : "无日期", Look.MUTED);
		}
		row++;
	}

}
