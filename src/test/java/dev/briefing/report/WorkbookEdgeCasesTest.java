package dev.briefing.report;

import static dev.briefing.report.WorkbookFiles.open;
import static dev.briefing.report.WorkbookFiles.pictures;
import static dev.briefing.report.WorkbookFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.report.WeekData.Mention;
import dev.briefing.report.WeekData.SourceArticle;

class WorkbookEdgeCasesTest {

	private static final IsoWeek W47 = SampleWeeks.W47;

	@TempDir
	Path reports;

	private final WorkbookWriter writer = SampleWeeks.writer();

	@Test
	void anEmptyWeekHasEverySheetAndNotesInsteadOfCharts() throws IOException {
		try (XSSFWorkbook wb = open(
				writer.write(new InMemoryWeekData(W47, List.of(), List.of(), List.of()), reports))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(5);
			Sheet charts = wb.getSheet("图表");
			assertThat(pictures(wb)).isZero();
			assertThat(strings(charts)).contains("未绘制「小微企业融资服务进度」图：本周文章中没有走访、融资意向、申报、授信或贷款企业数。",
					"未绘制「政府债券发行情况」图：本周文章中没有政府债券发行额。", "未绘制「各类别经济数字个数」图：本周没有找到数字。", "未绘制走势图：近8周没有哪项重点指标在两周以上有数据。");
			assertThat(wb.getSheet("指标").getLastRowNum()).isZero();
			assertThat(strings(wb.getSheet("概览"))).contains("本周无数据");
			assertThat(strings(wb.getSheet("数据质量"))).contains("本周没有数据质量问题。");
		}
	}

	@Test
	void aWeekOfUnmatchedFiguresDrawsOnlyTheCategoryChart() throws IOException {
		SourceArticle article = new SourceArticle(1, "2024-11-20_a.txt", 1, "商铺登记", LocalDate.of(2024, 11, 20), null,
				"经开区报", null, 1);
		Mention shops = mention(1, "34套", "为34套商铺办理了登记。", article.title());
		try (XSSFWorkbook wb = open(
				writer.write(new InMemoryWeekData(W47, List.of(shops), List.of(article), List.of()), reports))) {
			assertThat(pictures(wb)).isEqualTo(1);
			assertThat(strings(wb.getSheet("图表"))).anyMatch(s -> s.startsWith("未绘制「小微企业融资服务进度」图"))
				.anyMatch(s -> s.startsWith("未绘制「政府债券发行情况」图"));
		}
	}

	@Test
	void undatedArticlesTheStoreDidNotReportAreListedAfterItsProblems() throws IOException {
		SourceArticle undated = new SourceArticle(7, "notes.txt", 2, "无日期的文章", null, LocalDate.of(2024, 11, 21), null,
				null, 0);
		ReadProblem skipped = new ReadProblem(ReadProblem.Kind.SKIPPED_FILE, "empty.txt", 0, "空文件，已跳过");
		try (XSSFWorkbook wb = open(
				writer.write(new InMemoryWeekData(W47, List.of(), List.of(undated), List.of(skipped)), reports))) {
			Sheet quality = wb.getSheet("数据质量");
			assertThat(quality.getRow(1).getCell(1).getStringCellValue()).isEqualTo("empty.txt");
			assertThat(quality.getRow(2).getCell(0).getStringCellValue()).isEqualTo("无日期");
			assertThat(quality.getRow(2).getCell(1).getStringCellValue()).isEqualTo("notes.txt");
			assertThat(quality.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);
			assertThat(quality.getRow(2).getCell(3).getStringCellValue()).isEqualTo("文章没有发布日期，按电头日期 2024-11-21 计");
			assertThat(quality.getRow(3).getCell(0)).isNull();
			assertThat(quality.getRow(9).getCell(QualitySheet.SUMMARY).getStringCellValue()).isEqualTo("其中非经济类（其他）");
			Row source = wb.getSheet("来源").getRow(1);
			assertThat(source.getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2024, 11, 21));
			assertThat(source.getCell(7).getStringCellValue()).isEqualTo("无发布日期，日期取自电头");
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysTextAndLongTextIsCapped() throws IOException {
		SourceArticle article = new SourceArticle(1, "=cmd.txt", 1, "@所有人 +5.1%的增长", LocalDate.of(2024, 11, 20), null,
				"+新闻", null, 1);
		String longSentence = "增长" + "很".repeat(40_000);
		Mention m = mention(1, "=HYPERLINK(\"http://example.com\",\"点击\")", longSentence, article.title());
		try (XSSFWorkbook wb = open(
				writer.write(new InMemoryWeekData(W47, List.of(m), List.of(article), List.of()), reports))) {
			Row row = wb.getSheet("指标").getRow(1);
			assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(10).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"点击\")");
			assertThat(row.getCell(10).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(11).getStringCellValue()).hasSize(SheetWriter.MAX_CELL_CHARS).endsWith("…");
			Row source = wb.getSheet("来源").getRow(1);
			assertThat(source.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(source.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
			for (Sheet sheet : wb) {
				for (Row r : sheet) {
					for (Cell c : r) {
						assertThat(c.getCellType()).as("%s!%s", sheet.getSheetName(), c.getAddress())
							.isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@Test
	void writingAgainReplacesTheWorkbook() throws IOException {
		Path first = writer.write(SampleWeeks.week47(), reports);
		Path second = writer.write(new InMemoryWeekData(W47, List.of(), List.of(), List.of()), reports);
		assertThat(second).isEqualTo(first);
		try (XSSFWorkbook wb = open(second); Stream<Path> files = Files.list(second.getParent())) {
			assertThat(wb.getSheet("指标").getLastRowNum()).isZero();
			assertThat(files).containsExactly(second);
		}
	}

	@Test
	void aFailureWhileWritingLeavesTheEarlierWorkbookAndNoTemporaryFile() throws IOException {
		Path earlier = writer.write(SampleWeeks.week47(), reports);
		byte[] before = Files.readAllBytes(earlier);
		assertThatThrownBy(() -> writer.write(new Failing(SampleWeeks.week47()), reports))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("store went away");
		assertThat(Files.readAllBytes(earlier)).isEqualTo(before);
		try (Stream<Path> files = Files.list(earlier.getParent())) {
			assertThat(files).containsExactly(earlier);
		}
	}

	@Test
	void aFileWhereTheWeeksFolderShouldBeFailsTheWrite() throws IOException {
		Files.writeString(reports.resolve("2024-W47"), "in the way");
		assertThatThrownBy(() -> writer.write(SampleWeeks.week47(), reports))
			.isInstanceOf(FileAlreadyExistsException.class);
		assertThat(Files.readString(reports.resolve("2024-W47"))).isEqualTo("in the way");
	}

	@Test
	void aWeekAcrossTheNewYearNamesBothYearsInItsTitle() {
		assertThat(WorkbookWriter.title("郑州经开区", IsoWeek.parse("2025-W01")))
			.isEqualTo("郑州经开区经济指标周报 2025年第1周（2024年12月30日—2025年1月5日）");
		assertThat(WorkbookWriter.pathOf(Path.of("reports"), IsoWeek.parse("2025-W01")))
			.isEqualTo(Path.of("reports/2025-W01/briefing-2025-W01.xlsx"));
	}

	/** The realistic week, whose store fails after the tenth mention. */
	private record Failing(InMemoryWeekData data) implements WeekData {

		@Override
		public IsoWeek week() {
			return data.week();
		}

		@Override
		public void forEachMention(Consumer<Mention> action) {
			int[] n = { 0 };
			data.forEachMention(m -> {
				if (++n[0] > 10) {
					throw new IllegalStateException("store went away");
				}
				action.accept(m);
			});
		}

		@Override
		public List<SourceArticle> articles() {
			return data.articles();
		}

		@Override
		public List<ReadProblem> problems() {
			return data.problems();
		}

		@Override
		public List<Mention> history(Collection<String> ids, IsoWeek from, IsoWeek to) {
			return data.history(ids, from, to);
		}

		@Override
		public Map<Category, Long> countsByCategory() {
			return data.countsByCategory();
		}
	}

	private static Mention mention(long id, String text, String sentence, String title) {
		return new Mention(id, W47, 1, title, "2024-11-20_a.txt", LocalDate.of(2024, 11, 20), Category.OTHER, null,
				null, new BigDecimal("34"), null, Unit.COUNT, "套", Qualifier.EXACT, null, null, text, sentence);
	}

}
