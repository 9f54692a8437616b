package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.report.WeekData.Mention;
import dev.briefing.report.WeekData.SourceArticle;

/**
 * Every unit of the unit table through the workbook writer: a generated week holds one
 * figure of each (currencies also as headline and chart indicators), and the workbook is
 * written with each figure in {@code 指标}, its unit shown as the table says ({@code 亿澳元},
 * {@code 个百分点}).
 */
class UnitTableWorkbookTest {

	private static final IsoWeek WEEK = IsoWeek.parse("2024-W47");

	/** Catalog entries of money drawn in the overview, the bond chart and the trends. */
	private static final String[] MONEY_INDICATORS = { "debt.bonds_issued", "financing.round_amount",
			"fiscal_tax.tax_fee_relief" };

	private static final DataFormatter FORMAT = new DataFormatter();

	@TempDir
	Path reports;

	@Test
	void everyUnitOfTheTableIsWrittenWithItsChineseName() throws IOException {
		LocalDate day = WEEK.monday().plusDays(2);
		SourceArticle article = new SourceArticle(1, "2024-11-20_units.txt", 1, "各币种金额", day, null, "测试报", null, 0);
		List<Mention> mentions = new ArrayList<>();
		Map<Long, String> expectedUnit = new HashMap<>();
		Map<Long, Double> expectedValue = new HashMap<>();
		long id = 1;
		int money = 0;
		for (Unit u : Unit.all()) {
			BigDecimal value = u.isMoney() ? BigDecimal.valueOf(123_456_789L + id) : BigDecimal.valueOf(id, 1);
			String counter = u == Unit.COUNT ? "家" : null;
			String indicator = u.isMoney() && money < 3 * MONEY_INDICATORS.length
					? MONEY_INDICATORS[money++ % MONEY_INDICATORS.length] : null;
			mentions.add(new Mention(id, WEEK, article.id(), article.title(), article.file(), day,
					u.isMoney() ? Category.FINANCING : Category.MACRO, indicator, indicator == null ? null : "金额",
					value, null, u, counter, Qualifier.EXACT, "2024-11-20", "经开区", value + u.code(),
					"本周某项金额为" + value + u.code() + "。"));
			expectedUnit.put(id, u.isMoney() ? "亿" + u.shown() : u == Unit.COUNT ? "家" : u.shown());
			expectedValue.put(id, u.isMoney() ? value.doubleValue() / 1e8 : value.doubleValue());
			id++;
		}
		InMemoryWeekData week = new InMemoryWeekData(WEEK, mentions, List.of(article), List.of());

		Path file = SampleWeeks.writer().write(week, reports);

		assertThat(file).isRegularFile();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet("指标");
			Map<String, Integer> col = header(sheet.getRow(0));
			int rows = 0;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row.getCell(col.get("数值")) == null) {
					continue;
				}
				String text = row.getCell(col.get("原文")).getStringCellValue();
				long mentionId = mentionOf(text, mentions);
				assertThat(row.getCell(col.get("数值")).getCellType()).as(text).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(col.get("数值")).getNumericCellValue()).as(text)
					.isCloseTo(expectedValue.get(mentionId), org.assertj.core.data.Offset.offset(1e-9));
				assertThat(FORMAT.formatCellValue(row.getCell(col.get("单位")))).as(text)
					.isEqualTo(expectedUnit.get(mentionId));
				rows++;
			}
			assertThat(rows).isEqualTo(Unit.all().size());
			assertThat(wb.getSheet("概览")).isNotNull();
			assertThat(wb.getSheet("图表").getLastRowNum()).isPositive();
		}
	}

	@Test
	void theChineseNamesAreThoseAPaperPrints() {
		assertThat(Measure.of(Unit.valueOf("AUD"), null, new BigDecimal("50000000")).unit()).isEqualTo("万澳元");
		assertThat(Measure.of(Unit.valueOf("KRW"), null, new BigDecimal("500000000")).unit()).isEqualTo("亿韩元");
		assertThat(Measure.of(Unit.valueOf("IDR"), null, new BigDecimal("500000000")).unit()).isEqualTo("亿印尼盾");
		assertThat(Measure.of(Unit.valueOf("RUB"), null, new BigDecimal("500000000")).unit()).isEqualTo("亿卢布");
		assertThat(Measure.of(Unit.CNY, null, new BigDecimal("500000000")).unit()).isEqualTo("亿元");
		assertThat(Measure.of(Unit.BASIS_POINT, null, new BigDecimal("25")).unit()).isEqualTo("个基点");
	}

	private static long mentionOf(String text, List<Mention> mentions) {
		return mentions.stream()
			.filter(m -> m.text().equals(text))
			.findFirst()
			.map(Mention::id)
			.orElseThrow(() -> new AssertionError("no figure written as " + text));
	}

	private static Map<String, Integer> header(Row row) {
		Map<String, Integer> col = new HashMap<>();
		row.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
		return col;
	}

}
