package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page of ../shared, saved as {@code 2024-11-22_seed-page.txt}, gives exactly
 * the articles of ../shared/acceptance/seed-articles.tsv: in reading order, each with its
 * own headline (the two displaced ones included), its body start and its dateline.
 */
class SeedPageAcceptanceTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	private static final Path EXPECTED = Path.of("../shared/acceptance/seed-articles.tsv");

	record Expected(int n, String title, String bodyStart, LocalDate dateline) {
	}

	private static String page;

	private static List<Expected> expected;

	@BeforeAll
	static void load() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(EXPECTED),
				"../shared/seed or ../shared/acceptance not present: seed acceptance skipped");
		page = Files.readString(SEED, StandardCharsets.UTF_8);
		expected = new ArrayList<>();
		for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("n\t")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			expected.add(new Expected(Integer.parseInt(cells[0]), cells[1], cells[3],
					cells[4].isBlank() ? null : LocalDate.parse(cells[4])));
		}
	}

	@Test
	void seedPageGivesTheTwelveArticlesInReadingOrder(@TempDir Path dir) throws Exception {
		SourceDocument doc = readAs(dir, page.getBytes(StandardCharsets.UTF_8));

		assertThat(expected).hasSize(12);
		assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 22));
		assertThat(doc.problems()).isEmpty();
		assertThat(doc.articles()).extracting(Article::title)
			.containsExactlyElementsOf(expected.stream().map(Expected::title).toList());
		for (Expected e : expected) {
			Article a = doc.articles().get(e.n() - 1);
			assertThat(a.number()).isEqualTo(e.n());
			assertThat(a.text()).as("body of article %d", e.n()).startsWith(e.bodyStart());
			assertThat(a.dateline()).as("dateline of article %d", e.n()).isEqualTo(e.dateline());
			assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 22));
		}
	}

	@Test
	void bodiesHoldTheirTextWithoutCreditsHeadlinesOrLayoutSpaces(@TempDir Path dir) throws Exception {
		SourceDocument doc = readAs(dir, page.getBytes(StandardCharsets.UTF_8));
		StringBuilder all = new StringBuilder();
		for (Article a : doc.articles()) {
			all.append(a.text());
			assertThat(a.text()).doesNotContain("新华社发").doesNotContain(" ");
			for (Article other : doc.articles()) {
				if (other.title() != null) {
					assertThat(a.text()).doesNotStartWith(other.title().replace(" ", ""));
				}
			}
		}
		String page = all.toString().replace("\n", "");
		assertThat(page).contains("截至11月20日下午，经开区各相关部门工作人员共走访小微企业32375家，覆盖率达到86.7%")
			.contains("10月中小企业生产指数为50.7%")
			.contains("社会事业专项债券27.153亿元")
			.contains("精准扶持经营主体发展“老字号餐饮企业生意不好做。”");
		// the layout spaces, full-width forms and the end dateline are gone, the body
		// text is not
		assertThat(page).doesNotContain("％");
	}

	@Test
	void nothingOfThePageIsLostOrTakenTwice(@TempDir Path dir) throws Exception {
		SourceDocument doc = readAs(dir, page.getBytes(StandardCharsets.UTF_8));
		int printed = page.replaceAll("\\s", "").length();
		int read = 0;
		for (Article a : doc.articles()) {
			read += a.text().replace("\n", "").length() + a.title().replace(" ", "").length();
		}
		// what is left out: the photo credit and the closing dateline, each once
		assertThat(read + "新华社发".length() + "新华社北京11月21日电".length()).isEqualTo(printed);
	}

	@Test
	void cleanedOffsetsPointBackAtThePageAsPrinted(@TempDir Path dir) throws Exception {
		SourceDocument doc = readAs(dir, page.getBytes(StandardCharsets.UTF_8));
		Article financing = doc.articles().get(1);
		int at = financing.text().indexOf("覆盖率达到86.7%");

		assertThat(financing.originalText(at, at + "覆盖率达到86.7%".length())).isEqualTo("覆盖率达到 86.7%");
		Article bonds = doc.articles().get(10);
		int bond = bonds.text().indexOf("27.153亿元");
		assertThat(bonds.originalText(bond, bond + "27.153亿元".length())).isEqualTo("27.153亿\n元");
	}

	@Test
	void theSeedPageInGb18030GivesTheSameArticlesAsInUtf8(@TempDir Path dir) throws Exception {
		SourceDocument utf8 = readAs(dir.resolve("a"), page.getBytes(StandardCharsets.UTF_8));
		SourceDocument gb = readAs(dir.resolve("b"), page.getBytes(Charset.forName("GB18030")));
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] withBom = concat(bom, page.getBytes(StandardCharsets.UTF_8));
		SourceDocument utf8Bom = readAs(dir.resolve("c"), withBom);

		assertThat(utf8.encoding()).isEqualTo("UTF-8");
		assertThat(gb.encoding()).isEqualTo("GB18030");
		assertThat(gb.articles()).isEqualTo(utf8.articles());
		assertThat(utf8Bom.articles()).isEqualTo(utf8.articles());
	}

	private static SourceDocument readAs(Path dir, byte[] bytes) throws Exception {
		Files.createDirectories(dir);
		Path file = dir.resolve("2024-11-22_seed-page.txt");
		Files.write(file, bytes);
		return new InboxFileReader(10L << 20).read(file, file.getFileName().toString());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
