package dev.briefing.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefing.store.ArticleStore;
import dev.briefing.store.FigureStore;

/**
 * Takes the chunk's articles off the extraction queue and writes their figures, in the
 * chunk's transaction: a chunk cut short by a failure or a kill leaves nothing, and its
 * articles are read again on restart. Writes are idempotent per article: only the
 * articles still waiting are written (one another worker finished meanwhile is left as it
 * is), and any figures they already have are replaced, never added to.
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
		List<FigureStore.ArticleFigures> taken = articles.takeOffQueue(batch);
		figures.deleteArticles(taken.stream().map(FigureStore.ArticleFigures::articleId).toList());
		figures.insert(taken);
	}

}
