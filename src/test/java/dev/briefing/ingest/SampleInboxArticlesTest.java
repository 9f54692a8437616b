package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo inbox's pages give the articles their gold files list (samples-gold/articles):
 * the same number, in reading order, each body starting as listed, each dateline, each
 * headline's words. Whether the two lines of a headline are joined with a space is a
 * matter of meaning the gold decides by hand; it is not compared.
 */
class SampleInboxArticlesTest {

	private static final Path INBOX = Path.of("samples/inbox");

	private static final Path GOLD = Path.of("src/test/resources/samples-gold/articles");

	static Stream<Arguments> pages() throws IOException {
		if (!Files.isDirectory(INBOX) || !Files.isDirectory(GOLD)) {
			return Stream.of(Arguments.of(null, null));
		}
		List<Arguments> pages = new ArrayList<>();
		try (Stream<Path> gold = Files.list(GOLD)) {
			for (Path g : gold.filter(p -> p.toString().endsWith(".articles.tsv")).sorted().toList()) {
				String stem = g.getFileName().toString().replace(".articles.tsv", "");
				try (Stream<Path> files = Files.list(INBOX)) {
					files.filter(f -> f.getFileName().toString().startsWith(stem + "."))
						.findFirst()
						.ifPresent(f -> pages.add(Arguments.of(f, g)));
				}
			}
		}
		return pages.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void aDemoPageGivesItsGoldArticles(Path page, Path gold) throws Exception {
		Assumptions.assumeTrue(page != null, "samples/inbox or " + GOLD + " not present: demo inbox not checked");
		List<String[]> expected = new ArrayList<>();
		for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("n\t")) {
				expected.add(line.split("\t", -1));
			}
		}

		List<Article> articles = new InboxFileReader(10L << 20).read(page, page.getFileName().toString()).articles();

		assertThat(articles).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			String[] e = expected.get(i);
			Article a = articles.get(i);
			assertThat(a.title()).as("title %s", e[0]).isNotNull();
			assertThat(a.title().replace(" ", "")).as("title %s", e[0]).isEqualTo(e[1].replace(" ", ""));
			assertThat(a.text().replace("\n", "")).as("body %s", e[0]).startsWith(e[3]);
			assertThat(a.dateline()).as("dateline %s", e[0])
				.isEqualTo(e.length > 4 && !e[4].isBlank() ? LocalDate.parse(e[4]) : null);
		}
	}

}
