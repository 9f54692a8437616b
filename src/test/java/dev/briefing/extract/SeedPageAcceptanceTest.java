package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.briefing.ingest.Article;

/**
 * The seed page against its gold rows, scored by the rules of
 * {@code score_extraction.py}.
 */
class SeedPageAcceptanceTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	private static final Path GOLD = Path.of("../shared/acceptance/seed-indicators.tsv");

	/**
	 * As laid out on the page, and with all whitespace removed (as a reader may give it).
	 */
	@ParameterizedTest(name = "whitespace removed: {0}")
	@ValueSource(booleans = { false, true })
	void meetsTheThresholds(boolean squeezed) throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(GOLD),
				"../shared/seed or ../shared/acceptance not present: seed page not scored here");
		String text = Files.readString(SEED);
		if (squeezed) {
			text = text.replaceAll("\\s+", "");
		}
		List<Quantity> preds = Extraction.PRODUCT
			.extract(new Article("2024-11-22_seed-page.txt", 1, null, Extraction.PUBLISHED, null, null, text));
		ScoreRules.Tally t = new ScoreRules.Tally();
		ScoreRules.add(t, "seed", ScoreRules.read(GOLD), preds);
		System.out.println("seed page (whitespace removed: " + squeezed + "): " + t + " " + t.misses);
		assertThat(t.recall()).isEqualTo(1.0);
		assertThat(t.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(t.category()).isGreaterThanOrEqualTo(0.90);
		assertThat(t.qualifier()).isGreaterThanOrEqualTo(0.90);
	}

}
