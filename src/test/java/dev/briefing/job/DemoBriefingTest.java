package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

/**
 * What a manager reads first in the demo's workbooks (the README's demo run, then the
 * workbooks of its earlier weeks): {@code 本周要点} against the demo inbox's known figures,
 * its numbers against the table's as LibreOffice shows them, and the financing pipeline
 * chart read back with OCR.
 */
class DemoBriefingTest {

	private static final Pattern SENTENCE = Pattern.compile("据《(.+?)》（(\\d+)月(\\d+)日），(.+)。");

	@TempDir
	static Path dir;

	static JobTestSupport demo;

	@BeforeAll
	static void runTheDemo() throws Exception {
		demo = new JobTestSupport(Path.of("samples/inbox").toAbsolutePath(), dir.resolve("OUT"), dir.resolve("DB"));
		CliRun run = demo.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		for (String week : List.of("2024-W43", "2024-W44", "2024-W45", "2024-W46")) {
			CliRun report = demo.cli("report", "--week", week);
			assertThat(report.exitCode()).as(report.err()).isZero();
		}
	}

	private static List<String> sentences(String week) throws IOException {
		return JobTestSupport.highlights(demo.workbook(week));
	}

	@Test
	void week47ReadsTheWeeksHeadlineFiguresMostImportantFirst() throws IOException {
		List<String> s = sentences("2024-W47");
		assertThat(s).hasSizeBetween(3, 6);
		assertThat(s).allMatch(x -> SENTENCE.matcher(x).matches(), "据《title》（date），…。");
		// loans moved most against their own history (3, 5, then 5 firms a week, now 5:
		// 5 / 4.33), then credit (5, 5, now 6: 6 / 5.33), then the rank (one place every
		// week)
		assertThat(s.get(0)).isEqualTo("据《融资服务再提速 金融活水润小微》（11月20日），获得贷款企业数为19家，较上周增加5家（+35.7%）；"
				+ "获得授信企业数为27家，较上周增加6家（+28.6%）；融资申报企业数全市排名为第5，较上周上升1位。");
		String all = String.join("\n", s);
		assertThat(all).contains("走访小微企业数为33,207家，较上周增加1,393家（+4.4%）")
			.contains("走访覆盖率为88.2%，较上周提高3.7个百分点")
			.contains("有融资意向企业数为536家，较上周增加38家（+7.6%）")
			.contains("申报系统上报企业数为352家，较上周增加35家（+11.0%）")
			.contains("据《新一批政府债券发行128.5542亿元》（11月22日），政府债券发行额（河南省）为128.5542亿元，较上周增加32.2227亿元（+33.4%）")
			// a national figure is set against the last national one, two weeks back
			.contains("中小企业生产指数（全国）为50.6%，较第44周提高0.4个百分点")
			.contains("减税降费及退税为13.85亿元，较第44周增加1.48亿元（+12.0%）");
	}

	@Test
	void aFallingFigureReadsAsAFallWithItsSign() throws IOException {
		// the province's bond issues: 212.4563, 148.0726, 96.3315 亿元 in weeks 44 to 46
		assertThat(String.join("\n", sentences("2024-W45")))
			.contains("据《我省发行148亿元政府债券 支持重大项目建设》（11月8日），政府债券发行额（河南省）为148.0726亿元，较上周减少64.3837亿元（-30.3%）。");
		assertThat(String.join("\n", sentences("2024-W46"))).contains("政府债券发行额（河南省）为96.3315亿元，较上周减少51.7411亿元（-34.9%）");
		for (String week : List.of("2024-W44", "2024-W45", "2024-W46", "2024-W47")) {
			assertThat(String.join("\n", sentences(week))).doesNotContain("增加-")
				.doesNotContain("减少-")
				.doesNotContain("（+-")
				.doesNotContain("（--");
		}
	}

	@Test
	void aWeekWithoutEarlierValuesStatesTheFiguresWithoutAChange() throws IOException {
		List<String> s = sentences("2024-W44");
		assertThat(s).hasSizeBetween(3, 6);
		String all = String.join("\n", s);
		assertThat(all).contains("走访小微企业数为28,236家")
			.contains("走访覆盖率为75.0%")
			.contains("政府债券发行额（河南省）为212.4563亿元")
			.doesNotContain("较")
			.doesNotContain("持平");
		// week 46: the province's SME indices have no earlier provincial value
		assertThat(String.join("\n", sentences("2024-W46"))).doesNotContain("中小企业生产指数（河南省）为51.3%，较");
	}

	@Test
	void aWeekWithoutHeadlineFiguresSaysSoInOneSentence() throws IOException {
		assertThat(sentences("2024-W43")).containsExactly("本周文章中没有重点指标的数字，详见「指标」表。");
	}

	/**
	 * Every number of every sentence is the number its row of the table shows, as
	 * LibreOffice renders the cells: value, change and rate, with the direction of the
	 * change.
	 */
	@Test
	void theSentencesCarryTheTablesNumbersCellForCell() throws Exception {
		List<Path> workbooks = Stream.of("2024-W44", "2024-W45", "2024-W46", "2024-W47").map(demo::workbook).toList();
		Path csv = Files.createDirectories(dir.resolve("csv"));
		convertFirstSheets(workbooks, csv);
		int clauses = 0;
		for (Path workbook : workbooks) {
			String name = workbook.getFileName().toString().replace(".xlsx", "");
			List<List<String>> rows = csvRows(csv.resolve(name + "-概览.csv"));
			int week = Integer.parseInt(name.substring(name.length() - 2));
			clauses += checkAgainstTable(rows, week);
		}
		assertThat(clauses).as("clauses compared").isGreaterThanOrEqualTo(24);
	}

	private static int checkAgainstTable(List<List<String>> rows, int week) {
		List<String> sentences = new ArrayList<>();
		List<List<String>> table = new ArrayList<>();
		int r = 0;
		while (!rows.get(r).get(0).equals("本周要点")) {
			r++;
		}
		for (r++; !rows.get(r).get(0).isEmpty(); r++) {
			sentences.add(rows.get(r).get(0));
		}
		while (!rows.get(r).get(0).equals("指标")) {
			r++;
		}
		for (r++; !rows.get(r).get(0).isEmpty(); r++) {
			table.add(rows.get(r));
		}
		int compared = 0;
		for (String sentence : sentences) {
			Matcher m = SENTENCE.matcher(sentence);
			assertThat(m.matches()).as(sentence).isTrue();
			String date = String.format("2024-%02d-%02d", Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			for (String clause : m.group(4).split("；")) {
				List<String> row = table.stream()
					.filter(t -> clause.startsWith(t.get(0) + "为"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no row of the table for: " + clause));
				String as = "week " + week + ", " + clause + " against the row " + row;
				assertThat(row.get(7)).as(as).isEqualTo(m.group(1));
				assertThat(row.get(8)).as(as).isEqualTo(date);
				String value = row.get(1);
				boolean unitShown = value.endsWith("%") || value.startsWith("第");
				String stated = row.get(0) + "为" + value + (unitShown ? "" : row.get(2));
				assertThat(clause).as(as).startsWith(stated);
				String change = row.get(5);
				String rest = clause.substring(stated.length());
				if (change.isEmpty()) {
					assertThat(rest).as(as).isEmpty();
				}
				else if (change.startsWith("→")) {
					assertThat(rest).as(as).isEqualTo("，与" + since(row.get(4), week) + "持平");
				}
				else {
					String digits = change.substring(2).replace(" 个百分点", "");
					String verbs = change.startsWith("↑") ? "(增加|提高|上升)" : "(减少|下降)";
					String ratio = row.get(6).isEmpty() ? ""
							: "（" + (row.get(6).startsWith("↑") ? "+" : "-") + row.get(6).substring(2) + "）";
					assertThat(rest).as(as)
						.matches("，较" + Pattern.quote(since(row.get(4), week)) + verbs + Pattern.quote(digits)
								+ "(家|个百分点|位|点|亿元|万元|元|人|个|户)?" + Pattern.quote(ratio));
				}
				compared++;
			}
		}
		return compared;
	}

	private static String since(String previousWeek, int week) {
		return previousWeek.equals("第" + (week - 1) + "周") ? "上周" : previousWeek;
	}

	/**
	 * The week's pipeline chart, as the workbook holds it, read back by tesseract: each
	 * of the five stages' counts is legible.
	 */
	@Test
	void thePipelineChartShowsEveryStagesCountLegibly() throws Exception {
		byte[] png;
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(demo.workbook("2024-W47")))) {
			XSSFPicture pipeline = null;
			for (XSSFShape shape : wb.getSheet("图表").getDrawingPatriarch().getShapes()) {
				if (shape instanceof XSSFPicture p
						&& (pipeline == null || p.getClientAnchor().getRow1() < pipeline.getClientAnchor().getRow1())) {
					pipeline = p;
				}
			}
			assertThat(pipeline).as("a picture on 图表").isNotNull();
			png = pipeline.getPictureData().getData();
		}
		Path image = dir.resolve("pipeline.png");
		Files.write(image, png);
		String text = ocr(image).replaceAll("\\s+", "");
		assertThat(text).as("OCR of the pipeline chart").contains("小微企业融资服务进度");
		for (String count : List.of("33,207家", "536家", "352家", "27家", "19家")) {
			assertThat(text).as("OCR of the pipeline chart").contains(count);
		}
	}

	/** Text in a picture, by tesseract with its Simplified Chinese model. */
	static String ocr(Path image) throws Exception {
		Process p;
		try {
			p = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "chi_sim")
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException e) {
			return fail("tesseract was not found: the chart is read back with OCR. Install the Debian packages "
					+ "tesseract-ocr and tesseract-ocr-chi-sim (.ci/run does).", e);
		}
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as("tesseract exit code (is tesseract-ocr-chi-sim installed?)").isZero();
		return text;
	}

	/** The first sheet of each workbook as LibreOffice shows its cells, in CSV files. */
	private static void convertFirstSheets(List<Path> workbooks, Path out) throws Exception {
		Path profile = dir.resolve("lo-profile");
		List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--norestore", "--convert-to",
				// UTF-8, cells as shown, the first sheet
				"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1", "--outdir",
				out.toString()));
		workbooks.forEach(w -> cmd.add(w.toString()));
		Process p;
		try {
			p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		}
		catch (IOException e) {
			fail("LibreOffice (soffice) was not found on the PATH: install libreoffice-calc-nogui (.ci/run does)", e);
			return;
		}
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(log).isTrue();
		assertThat(p.exitValue()).as(log).isZero();
	}

	/** Rows of a CSV file: fields separated by commas, quoted with double quotes. */
	static List<List<String>> csvRows(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
