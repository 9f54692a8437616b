package dev.briefing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.ingest.ReadProblem;

/**
 * What a week's workbook is made of, read from the indicator store. The workbook reads
 * the week through the {@code forEach…} methods only, so that a week of any size is
 * written with bounded memory; the default ones read the lists, and a store with very
 * large weeks can override them to stream rows.
 */
public interface WeekData {

	IsoWeek week();

	/** The week's indicator mentions, in order of article and position, each once. */
	void forEachMention(Consumer<Mention> action);

	/** The week's articles, duplicates included and marked. */
	List<SourceArticle> articles();

	/**
	 * The week's articles one by one, in the order of {@link #articles()}; may be called
	 * more than once.
	 */
	default void forEachArticle(Consumer<SourceArticle> action) {
		articles().forEach(action);
	}

	/**
	 * The week's data-quality problems: skipped files, undated articles, unclassified
	 * figures, in the order the data-quality sheet lists them (by kind, then file and
	 * article).
	 */
	List<ReadProblem> problems();

	/**
	 * The week's problems one by one, in the order of {@link #problems()}; may be called
	 * more than once.
	 */
	default void forEachProblem(Consumer<ReadProblem> action) {
		problems().forEach(action);
	}

	/**
	 * Mentions of the given catalog indicators in the weeks {@code from..to}, oldest
	 * first.
	 */
	List<Mention> history(Collection<String> indicatorIds, IsoWeek from, IsoWeek to);

	/** The mentions of {@link #history} one by one. */
	default void forEachInHistory(Collection<String> indicatorIds, IsoWeek from, IsoWeek to, Consumer<Mention> action) {
		history(indicatorIds, from, to).forEach(action);
	}

	/** Number of mentions per category in the week. */
	java.util.Map<Category, Long> countsByCategory();

	/**
	 * One stored indicator mention with its source article.
	 *
	 * @param week the week of the article's publication date
	 * @param articleId the stored article it came from
	 */
	record Mention(long id, IsoWeek week, long articleId, String articleTitle, String file, LocalDate published,
			Category category, String indicator, String label, BigDecimal value, BigDecimal valueMax, Unit unit,
			String counter, Qualifier qualifier, String period, String region, String text, String sentence) {
	}

	/**
	 * An article of the week.
	 *
	 * @param duplicateOf the id of the article this one repeats, or null
	 * @param figures how many figures were taken from it
	 */
	record SourceArticle(long id, String file, int number, String title, LocalDate published, LocalDate dateline,
			String source, Long duplicateOf, int figures) {
	}

}
