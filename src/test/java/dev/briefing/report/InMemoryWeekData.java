package dev.briefing.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.briefing.extract.Category;
import dev.briefing.ingest.ReadProblem;

/**
 * A week read from lists held in memory: {@code mentions} holds every week's mentions, of
 * which {@link #forEachMention} gives the report week's and {@link #history} any week's.
 */
record InMemoryWeekData(IsoWeek week, List<Mention> mentions, List<SourceArticle> articles,
		List<ReadProblem> problems) implements WeekData {

	@Override
	public void forEachMention(Consumer<Mention> action) {
		mentions.stream().filter(m -> m.week().equals(week)).forEach(action);
	}

	@Override
	public List<Mention> history(Collection<String> indicatorIds, IsoWeek from, IsoWeek to) {
		return mentions.stream()
			.filter(m -> m.indicator() != null && indicatorIds.contains(m.indicator()))
			.filter(m -> m.week().compareTo(from) >= 0 && m.week().compareTo(to) <= 0)
			.toList();
	}

	@Override
	public Map<Category, Long> countsByCategory() {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		forEachMention(m -> counts.merge(m.category(), 1L, Long::sum));
		return counts;
	}
}
