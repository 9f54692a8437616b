package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Pages made of the project's own pages' lines in random order, with lines cut and blank
 * lines thrown in: whatever the order, the reader cuts them into articles without
 * failing, and every character it keeps comes from the page once.
 */
class ShuffledPagesTest {

	@Test
	void anyOrderOfLinesIsReadAndNothingIsInvented() throws Exception {
		List<String> lines = new ArrayList<>();
		for (String page : List.of("2024-11-29_district-page.txt", "2024-12-06_credit-page.txt",
				"2024-11-30_single-article.txt")) {
			lines.addAll(Files.readAllLines(Path.of("src/test/resources/ingest", page)));
		}
		PageReader reader = new PageReader();
		for (int seed = 0; seed < 300; seed++) {
			Random random = new Random(seed);
			List<String> page = new ArrayList<>(lines);
			Collections.shuffle(page, random);
			page = page.subList(0, 1 + random.nextInt(page.size()));
			StringBuilder text = new StringBuilder();
			for (String line : page) {
				if (random.nextInt(8) == 0) {
					int cut = random.nextInt(line.length() + 1);
					text.append(line, 0, cut).append('\n').append(line.substring(cut));
				}
				else {
					text.append(line);
				}
				text.append(random.nextInt(5) == 0 ? "\n\n" : "\n");
			}

			List<Article> articles = reader.read(text.toString(), "page.txt", LocalDate.of(2024, 11, 29)).articles();

			String printed = TextCleaner.clean(text.toString()).text().replace("\n", "");
			int kept = 0;
			for (Article a : articles) {
				assertThat(a.text()).as("seed %d", seed).isNotEmpty();
				kept += a.text().replace("\n", "").length()
						+ (a.title() == null ? 0 : a.title().replace(" ", "").length());
				for (int i = 0; i < a.text().length(); i++) {
					char original = a.layout().original().charAt(a.layout().originOf(i));
					assertThat(Chars.fold(original) == a.text().charAt(i) || Character.isWhitespace(original))
						.as("seed %d, article %d, char %d", seed, a.number(), i)
						.isTrue();
				}
			}
			assertThat(kept).as("seed %d", seed).isLessThanOrEqualTo(printed.replace(" ", "").length());
		}
	}

}
