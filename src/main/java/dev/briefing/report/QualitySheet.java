package dev.briefing.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.extract.Category;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.ingest.ReadProblem.Kind;
import dev.briefing.report.StyleLibrary.Look;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.SourceArticle;

/**
 * {@code 数据质量}: every problem of the week (skipped files with their reason, undated
 * articles, broken lines, figures that could not be classified) in a table as the store
 * lists them, then undated articles the store did not report; beside the table, the
 * week's counts.
 */
final class QualitySheet {

	static final String[] HEADER = { "类型", "文件", "篇号", "说明" };

	static final int SUMMARY = 5;

	private final SheetWriter out;

	private List<Map.Entry<String, Long>> summary;

	private int row;

	QualitySheet(SheetWriter out) {
		this.out = out;
	}

	void write(WeekData data, ArticleRows articles, IndicatorSheet.Counts counts, String title,
			List<LeftOut.Item> leftOut) {
		Map<Kind, Long> kinds = new EnumMap<>(Kind.class);
		Set<String> reportedUndated = new HashSet<>();
		data.forEachProblem(p -> {
			kinds.merge(p.kind(), 1L, Long::sum);
			if (p.kind() == Kind.UNDATED) {
				reportedUndated.add(p.file() + "#" + p.article());
			}
		});
		List<ReadProblem> unreported = new ArrayList<>();
		for (SourceArticle a : articles.undated()) {
			if (!reportedUndated.contains(a.file() + "#" + a.number()) && !reportedUndated.contains(a.file() + "#0")) {
				unreported.add(new ReadProblem(Kind.UNDATED, a.file(), a.number(), a.dateline() != null
						? "文章没有发布日期，按电头日期 " + a.dateline() + " 计" : "文章没有发布日期，请在文件名中写明日期（如 2024-11-22）"));
			}
		}
		Map<String, Long> items = new LinkedHashMap<>();
		items.put("本周文章", (long) articles.count());
		items.put("其中重复文章", (long) articles.duplicates());
		items.put("无发布日期的文章", (long) articles.undated().size());
		items.put("跳过的文件", kinds.getOrDefault(Kind.SKIPPED_FILE, 0L));
		items.put("损坏的行", kinds.getOrDefault(Kind.BROKEN_LINE, 0L));
		items.put("本周数字", counts.total);
		items.put("已对应指标目录的数字", counts.withIndicator);
		items.put("未对应指标目录的数字", counts.total - counts.withIndicator);
		items.put("其中非经济类（其他）", counts.byCategory.getOrDefault(Category.OTHER, 0L));
		items.put("无法写入、未列出的项目", (long) leftOut.size());
		summary = new ArrayList<>(items.entrySet());

		Row head = out.row(0);
		for (int c = 0; c < HEADER.length; c++) {
			out.text(head, c, HEADER[c], Look.HEADER);
		}
		out.text(head, SUMMARY, "项目", Look.HEADER);
		out.text(head, SUMMARY + 1, "数量", Look.HEADER);
		row = 1;
		data.forEachProblem(this::problem);
		unreported.forEach(this::problem);
		for (LeftOut.Item item : leftOut) {
			Row r = nextRow();
			out.text(r, 0, "未写入", Look.TEXT);
			out.text(r, 1, item.place(), Look.TEXT);
			out.text(r, 2, "", Look.MUTED);
			out.text(r, 3, item.what() + " 无法写入「" + item.place() + "」，已略去（原因：" + item.reason() + "）", Look.TEXT);
		}
		int problems = row - 1;
		if (problems == 0) {
			out.text(nextRow(), 0, "本周没有数据质量问题。", Look.NOTE);
		}
		while (row <= summary.size()) {
			nextRow();
		}
		out.sheet().createFreezePane(0, 1);
		if (problems > 0) {
			out.sheet().setAutoFilter(new CellRangeAddress(0, problems, 0, HEADER.length - 1));
		}
		out.fitColumns(new int[] { 10, 16, 8, 30, 2, 18, 8 }, new int[] { 12, 40, 8, 90, 2, 24, 12 });
		out.printSetup(title, 1);
	}

	private void problem(ReadProblem p) {
		Row r = nextRow();
		out.text(r, 0, p.kind().chinese(), Look.TEXT);
		out.text(r, 1, p.file(), Look.TEXT);
		if (p.article() > 0) {
			out.number(r, 2, p.article(), out.styles().number(Num.INT));
		}
		else {
			out.text(r, 2, "整个文件", Look.MUTED);
		}
		out.text(r, 3, p.detail(), Look.TEXT);
	}

	/** The next row, with the summary item of that row beside the table. */
	private Row nextRow() {
		Row r = out.row(row);
		if (row <= summary.size()) {
			Map.Entry<String, Long> item = summary.get(row - 1);
			out.text(r, SUMMARY, item.getKey(), Look.TEXT);
			out.number(r, SUMMARY + 1, item.getValue(), out.styles().number(Num.INT));
		}
		row++;
		return r;
	}

}
