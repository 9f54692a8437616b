package dev.briefing.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.briefing.store.ArticleStore;
import dev.briefing.store.FigureStore;

/** Marks the stored articles of the chosen weeks for extraction again. */
class ResetExtractionTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ResetExtractionTasklet.class);

	private final ArticleStore articles;

	private final FigureStore figures;

	private final List<String> weeks;

	ResetExtractionTasklet(ArticleStore articles, FigureStore figures, List<String> weeks) {
		this.articles = articles;
		this.figures = figures;
		this.weeks = weeks;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		int removed = figures.deleteWeeks(weeks);
		int n = articles.resetExtraction(weeks);
		log.info("{} figure(s) of {} removed", removed, String.join(", ", weeks));
		contribution.incrementWriteCount(n);
		log.info("{} article(s) of {} marked for extraction with the current catalog", n, String.join(", ", weeks));
		return RepeatStatus.FINISHED;
	}

}
