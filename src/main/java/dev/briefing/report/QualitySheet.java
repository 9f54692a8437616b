package dev.briefing.report;

import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code 数据质量}: every problem of the week (skipped files with their reason, undated articles, broken
 * lines, figures that could not be classified) in a table, and beside it the week's counts.
 */
final class QualitySheet {

	static final String[] HEADER = { "类型", "文件", "篇号", "说明" };

	static final int SUMMARY = 5;

	private final SheetWriter out;

	QualitySheet(SheetWriter out) {
		this.out = out;
	}

	void write(List<ReadProblem> problems, ArticleRows articles, IndicatorSheet.Counts counts, String title) {
		StyleLibrary styles = out.styles();
		List<ReadProblem> rows = withUndatedArticles(problems, articles.undated());
		rows.sort(Comparator.comparing(ReadProblem::kind)
			.thenComparing(p -> p.file() == null ? "" : p.file())
			.thenComparingInt(ReadProblem::article));

		Map<String, Long> summary = new LinkedHashMap<>();
		summary.put("本周文章", (long) articles.count());
		summary.put("其中重复文章", (long) articles.duplicates());
		summary.put("无发布日期的文章", (long) articles.undated().size());
		summary.put("跳过的文件", count(rows, Kind.SKIPPED_FILE));
		summary.put("损坏的行", count(rows, Kind.BROKEN_LINE));
		summary.put("本周数字", counts.total);
		summary.put("已对应指标目录的数字", counts.withIndicator);
		summary.put("未对应指标目录的数字", counts.total - counts.withIndicator);
		summary.put("其中非经济类（其他）", counts.byCategory.getOrDefault(Category.OTHER, 0L));
		summary.put("未能分类的数字", count(rows, Kind.UNCLASSIFIED));

		Row head = out.row(0);
		for (int c = 0; c < HEADER.length; c++) {
			out.text(head, c, HEADER[c], Look.HEADER);
		}
		out.text(head, SUMMARY, "项目", Look.HEADER);
		out.text(head, SUMMARY + 1, "数量", Look.HEADER);
		List<Map.Entry<String, Long>> items = new ArrayList<>(summary.entrySet());
		int last = Math.max(rows.size(), items.size() + 1);
		for (int i = 0; i < last; i++) {
			Row r = out.row(i + 1);
			if (i < rows.size()) {
				ReadProblem p = rows.get(i);
				out.text(r, 0, p.kind().chinese(), Look.TEXT);
				out.text(r, 1, p.file(), Look.TEXT);
				if (p.article() > 0) {
					out.number(r, 2, p.article(), styles.number(Num.INT));
				}
				else {
					out.text(r, 2, "整个文件", Look.MUTED);
				}
				out.text(r, 3, p.detail(), Look.TEXT);
			}
			else if (i == 0) {
				out.text(r, 0, "本周没有数据质量问题。", Look.NOTE);
			}
			if (i < items.size()) {
				out.text(r, SUMMARY, items.get(i).getKey(), Look.TEXT);
				out.number(r, SUMMARY + 1, items.get(i).getValue(), styles.number(Num.INT));
			}
		}
		out.sheet().createFreezePane(0, 1);
		if (!rows.isEmpty()) {
			out.sheet().setAutoFilter(new CellRangeAddress(0, rows.size(), 0, HEADER.length - 1));
		}
		out.fitColumns(new int[] { 10, 16, 8, 30, 2, 18, 8 }, new int[] { 12, 40, 8, 90, 2, 24, 12 });
		out.printSetup(title, 1);
	}

	/** The problems, plus a row for each undated article the store did not already report. */
	private static List<ReadProblem> withUndatedArticles(List<ReadProblem> problems, List<SourceArticle> undated) {
		List<ReadProblem> rows = new ArrayList<>(problems);
		Set<String> reported = new HashSet<>();
		for (ReadProblem p : problems) {
			if (p.kind() == Kind.UNDATED) {
				reported.add(p.file() + "#" + p.article());
			}
		}
		for (SourceArticle a : undated) {
			if (!reported.contains(a.file() + "#" + a.number())
					&& !reported.contains(a.file() + "#0")) {
				rows.add(new ReadProblem(Kind.UNDATED, a.file(), a.number(), a.dateline() != null
						? "文章没有发布日期，按电头日期 " + a.dateline() + " 计" : "文章没有发布日期，请在文件名中写明日期（如 2024-11-22）"));
			}
		}
		return rows;
	}

	private static long count(List<ReadProblem> rows, Kind kind) {
		return rows.stream().filter(p -> p.kind() == kind).count();
	}
}
