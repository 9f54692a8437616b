package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The project's own articles across the briefing's domains, scored against their
 * hand-checked gold rows.
 */
class NewsCorpusTest {

	@Test
	void findsTheFiguresOfEveryDomain() {
		ScoreRules.Tally t = new ScoreRules.Tally();
		for (Path article : NewsCorpus.articles()) {
			ScoreRules.add(t, article.getFileName().toString(), ScoreRules.read(NewsCorpus.gold(article)),
					Extraction.PRODUCT.extract(NewsCorpus.read(article)));
		}
		System.out.println("news corpus: " + t);
		t.misses.forEach(System.out::println);
		assertThat(t.required).isGreaterThan(150);
		assertThat(t.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(t.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(t.category()).isGreaterThanOrEqualTo(0.90);
	}

}
