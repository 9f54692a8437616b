package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the realistic week 2024-W47 once, reopens it with POI and checks what a manager
 * would read.
 */
class WorkbookWriterTest {

	@TempDir
	static Path reports;

	static Path file;

	static XSSFWorkbook wb;

	@BeforeAll
	static void write() throws IOException {
		file = SampleWeeks.writer().write(SampleWeeks.week47(), reports);
		wb = new XSSFWorkbook(Files.newInputStream(file));
	}

	@AfterAll
	static void close() throws IOException {
		wb.close();
	}

	@Test
	void writesTheWeeksFileAndLeavesNoTemporaryFile() throws IOException {
		assertThat(file).isEqualTo(reports.resolve("2024-W47").resolve("briefing-2024-W47.xlsx"));
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("briefing-2024-W47.xlsx");
		}
	}

	@Test
	void hasTheFiveSheetsInOrder() {
		List<String> names = new ArrayList<>();
		wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
		assertThat(names).containsExactly("概览", "指标", "图表", "来源", "数据质量");
		assertThat(wb.getActiveSheetIndex()).isZero();
	}

	@Test
	void overviewNamesTheZoneAndTheWeekWithItsDays() {
		Sheet overview = wb.getSheet("概览");
		assertThat(overview.getRow(0).getCell(0).getStringCellValue())
			.isEqualTo("郑州经开区经济指标周报 2024年第47周（11月18日—11月24日）");
		assertThat(overview.getRow(1).getCell(0).getStringCellValue())
			.isEqualTo("生成时间：2024年11月25日 08:30（Asia/Shanghai）");
		assertThat(overview.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 8));
	}

	@Test
	void overviewGivesHeadlinesWithTheirPreviousValueAndARisingChangeInRed() {
		Row visited = overviewRow("走访小微企业数");
		assertThat(visited.getCell(1).getNumericCellValue()).isEqualTo(32375);
		assertThat(visited.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(visited.getCell(2).getStringCellValue()).isEqualTo("家");
		// week 45 also has the province's 400,000, but the zone's own figure is the
		// zone's value
		assertThat(visited.getCell(3).getNumericCellValue()).isEqualTo(31900);
		assertThat(visited.getCell(4).getStringCellValue()).isEqualTo("第46周");
		XSSFCell change = (XSSFCell) visited.getCell(5);
		assertThat(change.getNumericCellValue()).isEqualTo(475);
		assertThat(change.getCellStyle().getDataFormatString()).startsWith("\"↑ \"").contains(";\"↓ \"");
		assertThat(change.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FFC00000");
		assertThat(visited.getCell(6).getNumericCellValue()).isCloseTo(475.0 / 31900, within(1e-9));
		assertThat(visited.getCell(7).getStringCellValue()).isEqualTo("助企融资两端发力 金融服务直达小微企业");
		assertThat(visited.getCell(7).getHyperlink().getAddress()).isEqualTo("'来源'!F2");
		assertThat(visited.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
	}

	@Test
	void overviewShowsAFallInGreenAndPercentChangesInPoints() {
		XSSFCell change = (XSSFCell) overviewRow("走访覆盖率").getCell(5);
		assertThat(change.getNumericCellValue()).isCloseTo(-0.4, within(1e-9));
		assertThat(change.getCellStyle().getDataFormatString()).contains("\"↓ \"0.0#\" 个百分点\"");
		assertThat(change.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF008A3E");
		XSSFCell rank = (XSSFCell) overviewRow("融资申报企业数全市排名").getCell(5);
		assertThat(rank.getNumericCellValue()).isZero();
		assertThat(rank.getCellStyle().getDataFormatString()).endsWith(";\"→ \"#,##0");
	}

	@Test
	void overviewTakesThePreviousValueFromTheLatestEarlierWeekThatHasOne() {
		Row bonds = overviewRow("政府债券发行额");
		assertThat(bonds.getCell(0).getStringCellValue()).isEqualTo("政府债券发行额（河南省）");
		assertThat(bonds.getCell(1).getNumericCellValue()).isCloseTo(165.8789, within(1e-9));
		assertThat(bonds.getCell(2).getStringCellValue()).isEqualTo("亿元");
		assertThat(bonds.getCell(3).getNumericCellValue()).isEqualTo(120);
		assertThat(bonds.getCell(4).getStringCellValue()).isEqualTo("第45周");
		Row sme = overviewRow("中小企业发展指数");
		assertThat(sme.getCell(1).getStringCellValue()).isEqualTo("本周无数据");
		assertThat(sme.getCell(3).getStringCellValue()).isEqualTo("—");
	}

	@Test
	void overviewCountsFiguresOfEveryCategory() {
		Sheet overview = wb.getSheet("概览");
		int header = findRow(overview, 0, "类别");
		assertThat(overview.getRow(header + 1).getCell(0).getStringCellValue()).isEqualTo("融资信贷");
		assertThat(overview.getRow(header + 1).getCell(1).getNumericCellValue()).isEqualTo(7);
		assertThat(overview.getRow(header + 3).getCell(0).getStringCellValue()).isEqualTo("政府债务");
		assertThat(overview.getRow(header + 3).getCell(1).getNumericCellValue()).isEqualTo(9);
		assertThat(overview.getRow(header + 7).getCell(0).getStringCellValue()).isEqualTo("外贸外资");
		assertThat(overview.getRow(header + 7).getCell(1).getNumericCellValue()).isZero();
		assertThat(overview.getRow(header + 10).getCell(0).getStringCellValue()).isEqualTo("合计");
		assertThat(overview.getRow(header + 10).getCell(1).getNumericCellValue()).isEqualTo(28);
	}

	@Test
	void indicatorSheetHasAHeaderAndOneRowPerMention() {
		Sheet sheet = wb.getSheet("指标");
		List<String> header = new ArrayList<>();
		sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
		assertThat(header).containsExactly("类别", "指标", "数值", "单位", "限定", "范围上限", "时期", "地区", "文章", "发布日期", "原文", "依据句");
		assertThat(sheet.getLastRowNum()).isEqualTo(28);
		for (int r = 1; r <= 28; r++) {
			assertThat(sheet.getRow(r).getCell(2).getCellType()).as("数值 of row %d", r).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void indicatorValuesAreNumbersFormattedByUnit() {
		Row bonds = indicatorRow("发行政府债券165.8789亿元");
		assertThat(bonds.getCell(0).getStringCellValue()).isEqualTo("政府债务");
		assertThat(bonds.getCell(1).getStringCellValue()).isEqualTo("政府债券发行额");
		assertThat(bonds.getCell(2).getNumericCellValue()).isCloseTo(165.8789, within(1e-9));
		assertThat(bonds.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00##");
		assertThat(bonds.getCell(3).getStringCellValue()).isEqualTo("亿元");
		assertThat(bonds.getCell(4).getStringCellValue()).isEqualTo("精确");
		assertThat(bonds.getCell(6).getStringCellValue()).isEqualTo("2024年第47周");
		assertThat(bonds.getCell(7).getStringCellValue()).isEqualTo("河南省");

		Row coverage = indicatorRow("覆盖率达到86.7%");
		assertThat(coverage.getCell(2).getNumericCellValue()).isEqualTo(86.7);
		assertThat(coverage.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0#\"%\"");
		assertThat(coverage.getCell(6).getStringCellValue()).isEqualTo("2024年11月20日");

		Row people = indicatorRow("266.2万农村群众");
		assertThat(people.getCell(2).getNumericCellValue()).isEqualTo(2662000);
		assertThat(people.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(people.getCell(3).getStringCellValue()).isEqualTo("人");

		Row wage = indicatorRow("月薪8000元");
		assertThat(wage.getCell(2).getNumericCellValue()).isEqualTo(8000);
		assertThat(wage.getCell(3).getStringCellValue()).isEqualTo("元");

		Row range = indicatorRow("1万元至2万元");
		assertThat(range.getCell(2).getNumericCellValue()).isEqualTo(1);
		assertThat(range.getCell(3).getStringCellValue()).isEqualTo("万元");
		assertThat(range.getCell(4).getStringCellValue()).isEqualTo("范围");
		assertThat(range.getCell(5).getNumericCellValue()).isEqualTo(2);

		assertThat(indicatorRow("2300多个").getCell(4).getStringCellValue()).isEqualTo("以上");
		assertThat(indicatorRow("减税降费及退税20868亿元").getCell(6).getStringCellValue()).isEqualTo("2024年第1季度至第3季度");
		assertThat(indicatorRow("排名第5").getCell(2).getCellStyle().getDataFormatString()).isEqualTo("\"第\"0");
	}

	@Test
	void indicatorRowsKeepTheirEvidenceAndLinkToTheirArticleInSources() {
		Row rate = indicatorRow("发行利率1.76%");
		assertThat(rate.getCell(11).getStringCellValue()).isEqualTo("一般债券期限为5年，发行利率1.76%。");
		assertThat(rate.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
		XSSFHyperlink link = (XSSFHyperlink) rate.getCell(8).getHyperlink();
		assertThat(link).isNotNull();
		String target = link.getAddress();
		assertThat(target).startsWith("'来源'!F");
		Row source = wb.getSheet("来源").getRow(Integer.parseInt(target.substring("'来源'!F".length())) - 1);
		assertThat(source.getCell(5).getStringCellValue()).isEqualTo(rate.getCell(8).getStringCellValue())
			.isEqualTo("我省新发行政府债券165.8789亿元");
		// one link covers every row of an article, so links grow with articles, not rows
		assertThat(((XSSFSheet) wb.getSheet("指标")).getHyperlinkList()).hasSize(7);
	}

	@Test
	void indicatorSheetHasAFrozenHeaderAFilterAndWidthsThatFit() {
		XSSFSheet sheet = wb.getSheet("指标");
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L29");
		assertThat(sheet.getColumnWidth(11)).isGreaterThan(sheet.getColumnWidth(4));
		assertThat(sheet.getColumnWidth(8) / 256).isGreaterThanOrEqualTo(30);
	}

	@Test
	void textThatLooksLikeAFormulaIsQuotePrefixed() {
		Row cpi = indicatorRow("回落0.3个百分点");
		Cell title = cpi.getCell(8);
		assertThat(title.getCellType()).isEqualTo(CellType.STRING);
		assertThat(title.getStringCellValue()).isEqualTo("-0.3个百分点：10月CPI涨幅回落");
		assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(cpi.getCell(11).getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void sourcesListTheWeeksArticlesAndMarkDuplicates() {
		Sheet sources = wb.getSheet("来源");
		assertThat(sources.getLastRowNum()).isEqualTo(8);
		Row first = sources.getRow(1);
		assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
		assertThat(first.getCell(2).getStringCellValue()).isEqualTo(SampleWeeks.PAPER);
		assertThat(first.getCell(3).getStringCellValue()).isEqualTo("经开区报");
		assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(7);
		Row duplicate = sources.getRow(6);
		assertThat(duplicate.getCell(2).getStringCellValue()).isEqualTo("2024-11-23_henan-daily.txt");
		assertThat(duplicate.getCell(7).getStringCellValue()).isEqualTo("重复文章：与序号 2 相同");
		assertThat(duplicate.getCell(7).getHyperlink().getAddress()).isEqualTo("'来源'!F3");
		Row undated = sources.getRow(7);
		assertThat(undated.getCell(1).getStringCellValue()).isEqualTo("无日期");
		assertThat(undated.getCell(7).getStringCellValue()).isEqualTo("无日期");
	}

	@Test
	void dataQualityListsProblemsAndCounts() {
		Sheet quality = wb.getSheet("数据质量");
		assertThat(quality.getRow(1).getCell(0).getStringCellValue()).isEqualTo("跳过的文件");
		assertThat(quality.getRow(1).getCell(1).getStringCellValue()).isEqualTo("scan-0001.pdf");
		assertThat(quality.getRow(1).getCell(3).getStringCellValue()).contains("已跳过");
		assertThat(column(quality, 0)).containsSubsequence("跳过的文件", "无日期", "损坏的行");
		assertThat(summary(quality, "跳过的文件")).isEqualTo(1);
		assertThat(summary(quality, "无发布日期的文章")).isEqualTo(1);
		assertThat(summary(quality, "本周数字")).isEqualTo(28);
		assertThat(summary(quality, "已对应指标目录的数字")).isEqualTo(18);
		assertThat(summary(quality, "未对应指标目录的数字")).isEqualTo(10);
		assertThat(summary(quality, "其中非经济类（其他）")).isEqualTo(1);
	}

	@Test
	void chartsArePngPicturesAtTwiceTheirShownSize() throws IOException {
		XSSFDrawing drawing = wb.getSheet("图表").getDrawingPatriarch();
		List<XSSFPicture> pictures = drawing.getShapes()
			.stream()
			.filter(XSSFPicture.class::isInstance)
			.map(XSSFPicture.class::cast)
			.toList();
		// pipeline, bonds, categories, and trends of the 9 headlines with two or more
		// weeks of data
		assertThat(pictures).hasSize(12);
		XSSFPicture pipeline = pictures.get(0);
		assertThat(pipeline.getPictureData().getMimeType()).isEqualTo("image/png");
		assertThat(pngSize(pipeline.getPictureData().getData())).containsExactly(2 * ChartSheet.WIDE_W,
				2 * ChartSheet.WIDE_H);
		XSSFClientAnchor anchor = pipeline.getClientAnchor();
		assertThat(anchor.getRow1()).isEqualTo(3);
		assertThat(anchor.getCol2() - anchor.getCol1()).isEqualTo(ChartSheet.WIDE_W / ChartSheet.COLUMN_PX);
		assertThat(anchor.getRow2() - anchor.getRow1()).isEqualTo(ChartSheet.WIDE_H / ChartSheet.ROW_PX);
		assertThat(pngSize(pictures.get(3).getPictureData().getData())).containsExactly(2 * ChartSheet.SMALL_W,
				2 * ChartSheet.SMALL_H);
		assertThat(column(wb.getSheet("图表"), 0)).anyMatch(s -> s.startsWith("主要指标近8周走势（自2024年第42周起"));
	}

	@Test
	void everySheetPrintsLandscapeFittedToWidthWithPageNumbers() {
		for (Sheet sheet : wb) {
			assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
		}
		assertThat(wb.getSheet("指标").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
		assertThat(wb.getSheet("来源").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
	}

	@Test
	void documentPropertiesNameTheBriefing() {
		var core = wb.getProperties().getCoreProperties();
		assertThat(core.getTitle()).isEqualTo("郑州经开区经济指标周报 2024年第47周（11月18日—11月24日）");
		assertThat(core.getSubject()).contains("2024-W47");
		assertThat(core.getCreator()).isEqualTo("Briefing");
	}

	@Test
	void cellsUseOneStylePerLook() {
		// styles come from the library, not one per cell: 28 rows of 12 columns use far
		// fewer
		assertThat(wb.getNumCellStyles()).isLessThan(60);
		XSSFFont font = wb.getSheet("指标").getRow(1).getCell(0).getCellStyle().getFont();
		assertThat(font.getFontName()).isEqualTo(StyleLibrary.FONT);
	}

	/**
	 * The overview row of an indicator; its label carries the region in brackets when not
	 * the zone's.
	 */
	private static Row overviewRow(String label) {
		Sheet overview = wb.getSheet("概览");
		for (Row row : overview) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING
					&& (c.getStringCellValue().equals(label) || c.getStringCellValue().startsWith(label + "（"))) {
				return row;
			}
		}
		throw new AssertionError("no row of '" + label + "' in 概览");
	}

	private static Row indicatorRow(String text) {
		Sheet sheet = wb.getSheet("指标");
		return sheet.getRow(findRow(sheet, 10, text));
	}

	static int findRow(Sheet sheet, int col, String text) {
		for (Row row : sheet) {
			Cell c = row.getCell(col);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no row with '" + text + "' in column " + col + " of " + sheet.getSheetName());
	}

	private static List<String> column(Sheet sheet, int col) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			Cell c = row.getCell(col);
			if (c != null && c.getCellType() == CellType.STRING) {
				values.add(c.getStringCellValue());
			}
		}
		return values;
	}

	private static double summary(Sheet quality, String item) {
		return quality.getRow(findRow(quality, QualitySheet.SUMMARY, item))
			.getCell(QualitySheet.SUMMARY + 1)
			.getNumericCellValue();
	}

	static int[] pngSize(byte[] png) throws IOException {
		try (InputStream in = new ByteArrayInputStream(png);
				ImageInputStream img = ImageIO.createImageInputStream(in)) {
			ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
			reader.setInput(img);
			return new int[] { reader.getWidth(0), reader.getHeight(0) };
		}
	}

}
