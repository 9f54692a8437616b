package dev.briefing.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefing.store.ArticleStore;
import dev.briefing.store.FigureStore;

/**
 * Writes the chunk's figures and marks its articles extracted, in the chunk's
 * transaction: a chunk cut short by a failure or a kill leaves nothing, and its articles
 * are read again on restart.
 */
class FigureWriter implements ItemWriter<ExtractedArticle> {

	private final FigureStore figures;

	private final ArticleStore articles;

	FigureWriter(FigureStore figures, ArticleStore articles) {
		this.figures = figures;
		this.articles = articles;
	}

	@Override
	public void write(Chunk<? extends ExtractedArticle> chunk) {
		List<FigureStore.ArticleFigures> batch = new ArrayList<>(chunk.size());
		for (ExtractedArticle a : chunk) {
			batch.add(new FigureStore.ArticleFigures(a.articleId(), a.week(), a.figures()));
		}
		figures.insert(batch);
		articles.markExtracted(batch);
	}

}
