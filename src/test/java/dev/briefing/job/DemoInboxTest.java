package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

/**
 * The README's demo: the demo inbox of four weeks gives a week's workbook with changes
 * and trends.
 */
class DemoInboxTest {

	@TempDir
	Path dir;

	@Test
	void theDemoWorkbookShowsTheWeekAgainstEarlierWeeks() throws Exception {
		JobTestSupport t = new JobTestSupport(Path.of("samples/inbox").toAbsolutePath(), dir.resolve("OUT"),
				dir.resolve("DB"));
		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).doesNotContain("skipped files");
		assertThat(t.count("SELECT COUNT(DISTINCT WEEK) FROM BRIEFING_FIGURE")).isEqualTo(4);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE WHERE DUPLICATE_OF IS NOT NULL")).isEqualTo(1);

		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(t.workbook("2024-W47")))) {
			assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
					wb.getSheetName(4)))
				.containsExactly("概览", "指标", "图表", "来源", "数据质量");
			Sheet overview = wb.getSheet("概览");
			assertThat(overview.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("郑州经开区经济指标周报 2024年第47周（11月18日—11月24日）");

			Row visited = row(overview, "走访小微企业数");
			assertThat(visited.getCell(1).getNumericCellValue()).isEqualTo(33207);
			assertThat(visited.getCell(3).getNumericCellValue()).isEqualTo(31814);
			assertThat(visited.getCell(4).getStringCellValue()).isEqualTo("第46周");
			assertThat(visited.getCell(5).getNumericCellValue()).isEqualTo(33207 - 31814);
			assertThat(visited.getCell(7).getStringCellValue()).startsWith("融资服务再提速");
			assertThat(visited.getCell(7).getHyperlink().getAddress()).startsWith("'来源'!F");
			Row coverage = row(overview, "走访覆盖率");
			assertThat(coverage.getCell(1).getNumericCellValue()).isEqualTo(88.2);
			assertThat(coverage.getCell(3).getNumericCellValue()).isEqualTo(84.5);
			Row credit = row(overview, "获得授信企业数");
			assertThat(credit.getCell(1).getNumericCellValue()).isEqualTo(27);
			Row rank = row(overview, "融资申报企业数全市排名");
			assertThat(rank.getCell(1).getNumericCellValue()).isEqualTo(5);
			assertThat(rank.getCell(3).getNumericCellValue()).isEqualTo(6);
			// from sixth to fifth place is one place up
			assertThat(rank.getCell(5).getNumericCellValue()).isEqualTo(1);

			// trend charts from the four weeks in the store, beside the week's own charts
			assertThat(wb.getAllPictures()).hasSizeGreaterThanOrEqualTo(6);
		}

		// the agency article printed by two papers in week 46 is stored once and marked
		// in that week's sources
		CliRun report = t.cli("report", "--week", "2024-W46");
		assertThat(report.exitCode()).as(report.err()).isZero();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(t.workbook("2024-W46")))) {
			assertThat(text(wb.getSheet("来源"))).anyMatch(s -> s.startsWith("重复文章"));
		}
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	private static List<String> text(Sheet sheet) {
		List<String> out = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == CellType.STRING) {
					out.add(c.getStringCellValue());
				}
			}
		}
		return out;
	}

}
