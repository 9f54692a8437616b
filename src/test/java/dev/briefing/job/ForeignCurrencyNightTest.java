package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

/**
 * A night whose inbox holds an article with amounts in every currency Chinese business
 * news prints (澳元, 韩元, 卢布, 印尼盾, 先令 …) beside basis points, multiples, a rank and
 * durations: the night completes, the store keeps each currency's ISO code and {@code 指标}
 * shows each amount with its currency.
 */
class ForeignCurrencyNightTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	@TempDir
	Path dir;

	@Test
	void aNightWithEveryCurrencyCompletesAndListsEachAmountWithItsCurrency() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		t.copyResource("/job/2024-11-21_foreign-currencies.txt", "2024-11-21_foreign-currencies.txt");
		if (Files.isRegularFile(SEED)) {
			Files.copy(SEED, t.inbox().resolve("2024-11-22_seed-page.txt"));
		}

		CliRun run = t.cli("run", "--date", "2024-11-22");

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> stored = t.strings("SELECT VALUE, UNIT FROM BRIEFING_FIGURE G JOIN BRIEFING_ARTICLE A "
				+ "ON A.ID = G.ARTICLE_ID WHERE A.FILE_NAME = '2024-11-21_foreign-currencies.txt'");
		List<String> rows = indicatorRows(t.workbook("2024-W47"));
		// stored value and code, and the workbook's number and unit
		String[][] expected = { { "50000000 AUD", "5000 万澳元" }, { "500000000 KRW", "5 亿韩元" },
				{ "30000000 USD", "3000 万美元" }, { "3000000000 USD", "30 亿美元" }, { "200000000 EUR", "2 亿欧元" },
				{ "8000000 GBP", "800 万英镑" }, { "600000000 JPY", "6 亿日元" }, { "1200000000 HKD", "12 亿港元" },
				{ "300000000 HKD", "3 亿港元" }, { "15000000 CAD", "1500 万加元" }, { "6000000 NZD", "600 万新西兰元" },
				{ "9000000 CHF", "900 万瑞士法郎" }, { "4000000 CHF", "400 万瑞士法郎" }, { "7000000 SGD", "700 万新加坡元" },
				{ "20000000 TWD", "2000 万新台币" }, { "8000000 MOP", "800 万澳门元" }, { "40000000 RUB", "4000 万卢布" },
				{ "600000000 INR", "6 亿印度卢比" }, { "9000000 THB", "900 万泰铢" }, { "200000000 MYR", "2 亿林吉特" },
				{ "8000000000 IDR", "80 亿印尼盾" }, { "1500000000 VND", "15 亿越南盾" }, { "300000000 PHP", "3 亿菲律宾比索" },
				{ "100000000 BRL", "1 亿雷亚尔" }, { "500000000 ZAR", "5 亿兰特" }, { "700000000 TRY", "7 亿土耳其里拉" },
				{ "200000000 AED", "2 亿阿联酋迪拉姆" }, { "800000000 SAR", "8 亿沙特里亚尔" }, { "1000000000 SEK", "10 亿瑞典克朗" },
				{ "300000000 PLN", "3 亿兹罗提" }, { "2000000000 TZS", "20 亿坦桑尼亚先令" }, { "5000000000 NGN", "50 亿奈拉" },
				{ "25 BASIS_POINT", "25 个基点" }, { "1.5 TIMES", "1.5 倍" }, { "2 RANK", "2 名" }, { "3 YEAR", "3 年" },
				{ "18 MONTH", "18 个月" } };
		for (String[] e : expected) {
			assertThat(stored).as("stored " + e[0]).contains(e[0]);
			assertThat(rows).as("指标 shows " + e[1]).contains(e[1]);
		}
		if (Files.isRegularFile(SEED)) {
			assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE WHERE FILE_NAME = '2024-11-22_seed-page.txt'"))
				.isEqualTo(12);
		}
	}

	/** Each row of {@code 指标} as its number and unit ({@code 5 亿韩元}). */
	private static List<String> indicatorRows(Path workbook) throws IOException {
		DataFormatter format = new DataFormatter();
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet("指标");
			Map<String, Integer> col = new HashMap<>();
			sheet.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row.getCell(col.get("数值")) == null) {
					continue;
				}
				double value = row.getCell(col.get("数值")).getNumericCellValue();
				String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
				rows.add(number + " " + format.formatCellValue(row.getCell(col.get("单位"))));
			}
		}
		return rows;
	}

}
