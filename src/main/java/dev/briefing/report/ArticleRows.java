package dev.briefing.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.report.WeekData.SourceArticle;

/**
 * Where each of the week's articles stands in {@code 来源}, and what the data-quality sheet
 * counts of them.
 */
final class ArticleRows {

	private final Map<Long, Integer> rows = new HashMap<>();

	private final Map<Long, String> titles = new HashMap<>();

	private final List<SourceArticle> undated = new ArrayList<>();

	private int count;

	private int duplicates;

	static ArticleRows of(WeekData data) {
		ArticleRows index = new ArticleRows();
		data.forEachArticle(index::add);
		return index;
	}

	private void add(SourceArticle a) {
		count++;
		rows.putIfAbsent(a.id(), count);
		if (a.title() != null) {
			titles.putIfAbsent(a.id(), a.title());
		}
		if (a.duplicateOf() != null) {
			duplicates++;
		}
		if (a.published() == null) {
			undated.add(a);
		}
	}

	/** The article's row in {@code 来源} (0-based, the header being row 0), or -1. */
	int row(long articleId) {
		return rows.getOrDefault(articleId, -1);
	}

	/** The headline of one of the week's articles, or null. */
	String title(long articleId) {
		return titles.get(articleId);
	}

	int count() {
		return count;
	}

	int duplicates() {
		return duplicates;
	}

	List<SourceArticle> undated() {
		return undated;
	}

}
