package dev.briefing.extract;

import java.util.List;

/**
 * Finds the catalog indicator of a figure: the entry whose unit agrees and one of whose trigger words
 * stands nearest, in the figure's clause (either side) or earlier in its sentence. A trigger in an
 * earlier clause does not reach past another figure of the same kind, and an entry's exclusion words
 * in the clause veto it.
 */
final class CatalogMatcher {

	private final List<Indicator> indicators;

	private final Vocabulary vocabulary;

	CatalogMatcher(IndicatorCatalog catalog, Vocabulary vocabulary) {
		this.indicators = catalog.indicators();
		this.vocabulary = vocabulary;
	}

	/**
	 * Triggers standing inside a longer word that means something else: {@code 收入} in {@code 税收收入} (a
	 * trigger of another entry) or in {@code 营业收入} (a category keyword). A longer trigger of the same
	 * entry ({@code 政府债券} in {@code 发行政府债券}) hides nothing.
	 */
	boolean[] hiddenTriggers(KeywordIndex.Hits hits) {
		boolean[] hidden = new boolean[hits.size];
		for (int h = 0; h < hits.size; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.triggerOf.isEmpty()) {
				continue;
			}
			int len = hits.end[h] - hits.start[h];
			for (int g = Math.max(0, h - 8); g < Math.min(hits.size, h + 24); g++) {
				if (g == h || hits.start[g] > hits.start[h] || hits.end[g] < hits.end[h]
						|| hits.end[g] - hits.start[g] <= len) {
					continue;
				}
				Vocabulary.Role o = vocabulary.roles[hits.word[g]];
				boolean other = o.category != null && o.weight >= 1 && o.triggerOf.isEmpty()
						|| !o.triggerOf.isEmpty() && java.util.Collections.disjoint(o.triggerOf, r.triggerOf);
				if (other) {
					hidden[h] = true;
					break;
				}
			}
		}
		return hidden;
	}

	Indicator match(TextView v, KeywordIndex.Hits hits, boolean[] hidden, Mention m, Bounds b, List<Mention> all,
			int index) {
		int first = Classifier.firstEndingAfter(hits, b.sentenceStart());
		Indicator best = null;
		int bestDist = Integer.MAX_VALUE;
		int bestLen = 0;
		for (int h = first; h < hits.size && hits.start[h] < b.clauseEnd(); h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.triggerOf.isEmpty() || hidden[h]) {
				continue;
			}
			int hs = hits.start[h];
			int he = hits.end[h];
			int dist;
			if (he <= m.numberStart()) {
				boolean inClause = hs >= b.clauseStart();
				dist = m.numberStart() - he + (inClause ? 0 : 30);
				if (!inClause && (m.numberStart() - he > 60 || sameKindBetween(all, index, clauseStart(v, hs)))) {
					continue;
				}
			}
			else if (hs >= m.end() && he <= b.clauseEnd()) {
				dist = hs - m.end() + 6;
			}
			else {
				continue;
			}
			int len = he - hs;
			boolean far = he <= m.numberStart() && hs < b.clauseStart();
			for (int k : r.triggerOf) {
				Indicator ind = indicators.get(k);
				if (!ind.accepts(m.unit(), m.counter()) || excluded(hits, first, b, ind)
						|| far && clauseSaysOtherwise(hits, first, b, m, ind.category())) {
					continue;
				}
				if (dist < bestDist || dist == bestDist && len > bestLen) {
					best = ind;
					bestDist = dist;
					bestLen = len;
				}
				break;
			}
		}
		return best;
	}

	/** Where the clause of the trigger starting at {@code hs} starts: a figure of the same kind from there on owns it. */
	private static int clauseStart(TextView v, int hs) {
		int p = hs;
		while (p > 0 && hs - p < 60 && !Bounds.endsClause(v.c[p - 1])) {
			p--;
		}
		return p;
	}

	/** A keyword of another category in the figure's own clause, left of it, outweighs a trigger further away. */
	private boolean clauseSaysOtherwise(KeywordIndex.Hits hits, int first, Bounds b, Mention m, Category category) {
		for (int h = first; h < hits.size && hits.end[h] <= m.numberStart(); h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (hits.start[h] >= b.clauseStart() && r.category != null && r.weight >= 1 && r.category != category
					&& r.category != Category.OTHER) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameKindBetween(List<Mention> all, int index, int from) {
		Mention m = all.get(index);
		for (int k = index - 1; k >= 0; k--) {
			Mention o = all.get(k);
			if (o.end() <= from) {
				break;
			}
			if (o.unit() == m.unit() || o.unit().isMoney() && m.unit().isMoney()) {
				return true;
			}
		}
		return false;
	}

	private boolean excluded(KeywordIndex.Hits hits, int first, Bounds b, Indicator ind) {
		if (ind.exclude().isEmpty()) {
			return false;
		}
		for (int h = first; h < hits.size && hits.start[h] < b.clauseEnd(); h++) {
			if (hits.start[h] >= b.clauseStart() && vocabulary.roles[hits.word[h]].exclusion
					&& ind.exclude().contains(vocabulary.index.word(hits.word[h]))) {
				return true;
			}
		}
		return false;
	}
}
