package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;
import dev.briefing.cli.CliRun;

/**
 * The extract step cut into key ranges that run side by side gives what one thread gives:
 * the same figures and the same workbook, cell by cell; and writing an article's figures
 * again replaces them.
 */
class PartitionedExtractionTest {

	private static final LocalDate DAY = LocalDate.of(2024, 11, 22);

	@TempDir
	Path dir;

	@Test
	void aPartitionedNightGivesTheWorkbookOfASingleThreadedOne() throws Exception {
		JobTestSupport single = JobTestSupport.in(dir.resolve("single"))
			.withConfig(c -> c.replace("threads: 2", "threads: 1").replace("chunk-size: 100", "chunk-size: 10"));
		new PageGenerator(5).write(single.inbox(), 200, DAY, 3);
		JobTestSupport partitioned = new JobTestSupport(single.inbox(), dir.resolve("partitioned/OUT"),
				dir.resolve("partitioned/DB"), null)
			.withConfig(c -> c.replace("chunk-size: 100", "chunk-size: 10"));

		CliRun one = single.cli("run", "--date", DAY.toString(), "--partitions", "1");
		assertThat(one.exitCode()).as(one.err()).isZero();
		CliRun many = partitioned.cli("run", "--date", DAY.toString(), "--partitions", "5");
		assertThat(many.exitCode()).as(many.err()).isZero();

		List<String> steps = partitioned
			.strings("SELECT STEP_NAME, STATUS, WRITE_COUNT FROM BATCH_STEP_EXECUTION ORDER BY STEP_NAME");
		assertThat(steps).filteredOn(s -> s.startsWith("extractPartition:partition")).hasSize(5);
		assertThat(steps).filteredOn(s -> s.startsWith("extractPartition:"))
			.allSatisfy(s -> assertThat(s).contains("COMPLETED"))
			.noneSatisfy(s -> assertThat(s).endsWith(" 0"));

		List<String> figures = figures(single);
		assertThat(figures).hasSizeGreaterThan(1000);
		assertThat(figures(partitioned)).isEqualTo(figures);
		for (String week : List.of("2024-W45", "2024-W46")) {
			assertThat(single.cli("report", "--week", week).exitCode()).isZero();
			assertThat(partitioned.cli("report", "--week", week).exitCode()).isZero();
		}
		for (String week : List.of("2024-W45", "2024-W46", "2024-W47")) {
			assertThat(cells(partitioned.workbook(week))).as(week).isEqualTo(cells(single.workbook(week)));
		}
	}

	@Test
	void extractingArticlesAgainReplacesTheirFiguresInsteadOfAddingThem() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(c -> c.replace("chunk-size: 100", "chunk-size: 10"));
		new PageGenerator(9).write(t.inbox(), 40, DAY, 1);
		assertThat(t.cli("run", "--date", DAY.toString()).exitCode()).isZero();
		List<String> before = figures(t);
		List<Double> values = t.indicatorValues("2024-W47");

		// work that was already done comes round again (a request of a run that died, a
		// partition run twice): every other article is queued once more
		try (Connection c = DriverManager.getConnection(t.url() + ";hsqldb.lock_file=false;shutdown=true", "SA", "");
				Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO BRIEFING_EXTRACT_QUEUE (QUEUED_ID) SELECT ID FROM BRIEFING_ARTICLE "
					+ "WHERE DUPLICATE_OF IS NULL AND MOD(ID, 2) = 0");
		}
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isGreaterThan(50);
		CliRun again = t.cli("run", "--date", DAY.toString(), "--partitions", "3");
		assertThat(again.exitCode()).as(again.err()).isZero();

		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_EXTRACT_QUEUE")).isZero();
		assertThat(figures(t)).isEqualTo(before);
		assertThat(t.indicatorValues("2024-W47")).isEqualTo(values);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_SENTENCE S WHERE NOT EXISTS "
				+ "(SELECT 1 FROM BRIEFING_FIGURE G WHERE G.SENTENCE_ID = S.SENTENCE_ID)"))
			.isZero();
	}

	/** Every stored figure with the file, article and position it came from. */
	static List<String> figures(JobTestSupport t) throws Exception {
		return t.strings("""
				SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.VALUE, G.UNIT, G.CATEGORY, G.INDICATOR, G.TEXT, S.SENTENCE
				FROM BRIEFING_FIGURE G JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID
				LEFT JOIN BRIEFING_SENTENCE S ON S.SENTENCE_ID = G.SENTENCE_ID
				ORDER BY A.FILE_NAME, A.SEQ, G.SEQ""");
	}

	/**
	 * Every cell of every sheet as shown, sheet by sheet and row by row; the time the
	 * workbook was made is left out.
	 */
	static List<String> cells(Path workbook) throws Exception {
		List<String> out = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = format.formatCellValue(cell);
						if (!text.startsWith("生成时间")) {
							out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
						}
					}
				}
				var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch();
				out.add(sheet.getSheetName() + " pictures " + (drawing == null ? 0 : drawing.getShapes().size()));
			}
		}
		return out;
	}

}
