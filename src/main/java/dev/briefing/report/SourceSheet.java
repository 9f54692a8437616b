package dev.briefing.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.SourceArticle;

/** {@code 来源}: the week's articles, one row each, duplicates marked and linked to the article they repeat. */
final class SourceSheet {

	static final String NAME = "来源";

	static final String[] HEADER = { "序号", "发布日期", "文件", "报刊/来源", "篇号", "标题", "数字个数", "备注" };

	static final int TITLE = 5;

	private final SheetWriter out;

	SourceSheet(SheetWriter out) {
		this.out = out;
	}

	/** Where each article's title cell is, such as {@code '来源'!F5}, for links from the other sheets. */
	static Map<Long, String> titleCells(List<SourceArticle> articles) {
		Map<Long, String> cells = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			cells.putIfAbsent(articles.get(i).id(), "'" + NAME + "'!F" + (i + 2));
		}
		return cells;
	}

	void write(List<SourceArticle> articles, Map<Long, String> titleCells, String title) {
		StyleLibrary styles = out.styles();
		Row head = out.row(0);
		for (int c = 0; c < HEADER.length; c++) {
			out.text(head, c, HEADER[c], Look.HEADER);
		}
		Map<Long, Integer> numbers = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			numbers.putIfAbsent(articles.get(i).id(), i + 1);
		}
		for (int i = 0; i < articles.size(); i++) {
			SourceArticle a = articles.get(i);
			boolean duplicate = a.duplicateOf() != null;
			Look look = duplicate ? Look.MUTED : Look.TEXT;
			Row r = out.row(i + 1);
			out.number(r, 0, i + 1, styles.number(Num.INT));
			out.date(r, 1, a.published() != null ? a.published() : a.dateline());
			out.text(r, 2, a.file(), look);
			out.text(r, 3, a.source(), look);
			out.number(r, 4, a.number(), styles.number(Num.INT));
			out.text(r, TITLE, a.title() == null ? "（无标题）" : a.title(), look);
			out.number(r, 6, a.figures(), styles.number(Num.INT));
			if (duplicate) {
				Integer original = numbers.get(a.duplicateOf());
				Cell note = out.text(r, 7, original != null ? "重复文章：与序号 " + original + " 相同" : "重复文章",
						original != null ? Look.LINK : Look.MUTED);
				if (original != null) {
					out.link(note, titleCells.get(a.duplicateOf()));
				}
			}
			else if (a.published() == null) {
				out.text(r, 7, a.dateline() != null ? "无发布日期，日期取自电头" : "无日期", Look.MUTED);
			}
		}
		out.sheet().createFreezePane(0, 1);
		out.sheet().setAutoFilter(new CellRangeAddress(0, Math.max(articles.size(), 1), 0, HEADER.length - 1));
		out.fitColumns(new int[] { 6, 11, 14, 10, 6, 30, 8, 12 }, new int[] { 8, 11, 40, 24, 6, 80, 8, 28 });
		out.printSetup(title, 1);
	}
}
