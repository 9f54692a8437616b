package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

/**
 * Bad files beside good ones: each is skipped or read as far as it goes, reported, and
 * the run completes.
 */
class BadInputTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	@TempDir
	Path dir;

	@Test
	void everyBadFileIsNamedInTheDataQualitySheetAndTheRunCompletes() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(c -> c.replace("max-file-mb: 10", "max-file-mb: 1"));
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		writeBadFiles(t.inbox());

		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();

		List<String> quality = sheetText(t.workbook("2024-W47"), "数据质量");
		for (String bad : BAD) {
			assertThat(quality).as("数据质量 names " + bad).anyMatch(line -> line.contains(bad));
		}
		assertThat(quality)
			.anyMatch(line -> line.contains("2024-11-21_large.txt") && line.contains("inbox.max-file-mb"));
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FILE WHERE STATUS = 'SKIPPED'")).isEqualTo(6);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE WHERE FILE_NAME = '2024-11-21_feed.jsonl'"))
			.isEqualTo(2);
		assertThat(run.err()).contains("skipped files (6)");

		CliRun again = t.cli("run", "--date", "2024-11-22");
		assertThat(again.exitCode()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_PROBLEM WHERE KIND = 'SKIPPED_FILE'")).isEqualTo(6);
	}

	@Test
	void theSeedPageBesideEveryBadFileKeepsAllItsRequiredFigures() throws Exception {
		assumeThat(Files.isRegularFile(SEED)).as("../shared/seed not present: the shared acceptance data is not here")
			.isTrue();
		JobTestSupport t = JobTestSupport.in(dir).withConfig(c -> c.replace("max-file-mb: 10", "max-file-mb: 1"));
		Files.copy(SEED, t.inbox().resolve("2024-11-22_seed-page.txt"));
		writeBadFiles(t.inbox());

		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_ARTICLE WHERE FILE_NAME = '2024-11-22_seed-page.txt'"))
			.isEqualTo(12);
		List<String> quality = sheetText(t.workbook("2024-W47"), "数据质量");
		for (String bad : BAD) {
			assertThat(quality).as("数据质量 names " + bad).anyMatch(line -> line.contains(bad));
		}
		// the 28 required figures of the acceptance list, as stored (money in yuan)
		List<String> stored = t.strings("SELECT VALUE, UNIT FROM BRIEFING_FIGURE G JOIN BRIEFING_ARTICLE A "
				+ "ON A.ID = G.ARTICLE_ID WHERE A.FILE_NAME = '2024-11-22_seed-page.txt'");
		for (String figure : List.of("32375 COUNT", "86.7 PERCENT", "547 COUNT", "343 COUNT", "26 COUNT", "18 COUNT",
				"5 RANK", "552 COUNT", "903 COUNT", "50.7 PERCENT", "2086800000000 CNY", "2000 COUNT", "2300 COUNT",
				"251 COUNT", "61 COUNT", "2662000 COUNT", "8000 CNY", "10000 CNY", "40 PERCENT", "16587890000 CNY",
				"2655780000 CNY", "13932110000 CNY", "5 YEAR", "1.76 PERCENT", "417 COUNT", "8387410000 CNY",
				"2715300000 CNY", "2829400000 CNY")) {
			assertThat(stored).as("stored figure " + figure).contains(figure);
		}
	}

	/** One file of each kind that cannot be read or read whole, beside good ones. */
	static void writeBadFiles(Path in) throws IOException {
		Files.write(in.resolve("2024-11-21_empty.txt"), new byte[0]);
		Files.write(in.resolve("2024-11-21_binary.txt"), binary());
		Files.write(in.resolve("2024-11-21_broken-bytes.txt"), brokenBytes());
		Files.writeString(in.resolve("2024-11-21_feed.jsonl"),
				"{\"title\":\"外贸稳中有进\",\"date\":\"2024-11-21\",\"source\":\"新华社\",\"text\":\"前10个月进出口总值36.02万亿元，同比增长5.2%。\"}\n"
						+ "{\"title\":\"半行\",\"date\":\"2024-11-21\",\"text\":\"断在这里\n"
						+ "{\"title\":\"就业\",\"date\":\"2024-11-21\",\"text\":\"城镇新增就业1100万人。\"}\n");
		writeLarge(in.resolve("2024-11-21_large.txt"), 2 * 1024 * 1024);
		Files.writeString(in.resolve("2024-11-21_deep.html"), deepHtml(20_000));
		Files.createDirectories(in.resolve("2024-11-21_folder"));
		Files.createSymbolicLink(in.resolve("2024-11-21_link.txt"), in.resolve("gone.txt"));
		Files.writeString(in.resolve("page-without-date.txt"), "无日期的稿件\n本报讯（记者 林）全区新增企业120家。\n");
	}

	/** The bad files of {@link #writeBadFiles} that the data-quality sheet must name. */
	static final List<String> BAD = List.of("2024-11-21_empty.txt", "2024-11-21_binary.txt",
			"2024-11-21_broken-bytes.txt", "2024-11-21_large.txt", "2024-11-21_folder", "2024-11-21_link.txt",
			"2024-11-21_feed.jsonl", "page-without-date.txt");

	private static byte[] binary() {
		byte[] b = new byte[4096];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) (i * 31 + 7);
		}
		b[0] = (byte) 0x89;
		b[1] = 'P';
		b[2] = 'N';
		b[3] = 'G';
		return b;
	}

	private static byte[] brokenBytes() {
		byte[] text = "本报讯 全区新增企业 120 家，".getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[text.length * 3];
		for (int i = 0; i < out.length; i++) {
			out[i] = i % 7 == 3 ? (byte) 0xC3 : text[i % text.length];
		}
		return out;
	}

	private static void writeLarge(Path file, int bytes) throws IOException {
		byte[] line = "经开区经济运行平稳向好，前三季度增长 7.6%。\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = 0; n < bytes; n += line.length) {
				out.write(line);
			}
		}
	}

	private static String deepHtml(int depth) {
		StringBuilder s = new StringBuilder("<html><head><title>深</title></head><body>");
		s.append("<div>".repeat(depth)).append("全区新增企业120家。").append("</div>".repeat(depth));
		return s.append("</body></html>").toString();
	}

	private static List<String> sheetText(Path workbook, String name) throws IOException {
		List<String> lines = new ArrayList<>();
		DataFormatter f = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			Sheet sheet = wb.getSheet(name);
			for (Row row : sheet) {
				StringBuilder line = new StringBuilder();
				row.forEach(c -> line.append(f.formatCellValue(c)).append(" | "));
				lines.add(line.toString());
			}
		}
		return lines;
	}

}
