package dev.briefing.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefing.store.ArticleStore;
import dev.briefing.store.FigureStore;

/**
 * Replaces each article's figures and marks it extracted, in the chunk's transaction: a chunk written
 * again after a restart replaces what it wrote, never adds to it.
 */
class FigureWriter implements ItemWriter<ExtractedArticle> {

	private final FigureStore figures;

	private final ArticleStore articles;

	private final String catalogVersion;

	FigureWriter(FigureStore figures, ArticleStore articles, String catalogVersion) {
		this.figures = figures;
		this.articles = articles;
		this.catalogVersion = catalogVersion;
	}

	@Override
	public void write(Chunk<? extends ExtractedArticle> chunk) {
		for (ExtractedArticle a : chunk) {
			figures.replace(a.articleId(), a.week(), a.figures());
			articles.markExtracted(a.articleId(), catalogVersion, a.figures().size());
		}
	}
}
