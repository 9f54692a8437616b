package dev.briefing.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.briefing.extract.QuantityExtractor;
import dev.briefing.store.ArticleStore.StoredArticle;

/**
 * Extracts an article's figures; pure and thread-safe, so the step runs it on several
 * threads.
 */
class ExtractArticleProcessor implements ItemProcessor<StoredArticle, ExtractedArticle> {

	private final QuantityExtractor extractor;

	ExtractArticleProcessor(QuantityExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public ExtractedArticle process(StoredArticle item) {
		return new ExtractedArticle(item.id(), item.week(), extractor.extract(item.article()));
	}

}
