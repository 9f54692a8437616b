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

	Indicator match(KeywordIndex.Hits hits, Mention m, Bounds b, List<Mention> all, int index) {
		int first = Classifier.firstEndingAfter(hits, b.sentenceStart());
		Indicator best = null;
		int bestDist = Integer.MAX_VALUE;
		int bestLen = 0;
		for (int h = first; h < hits.size && hits.start[h] < b.clauseEnd(); h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.triggerOf.isEmpty()) {
				continue;
			}
			int hs = hits.start[h];
			int he = hits.end[h];
			int dist;
			if (he <= m.numberStart()) {
				boolean inClause = hs >= b.clauseStart();
				dist = m.numberStart() - he + (inClause ? 0 : 30);
				if (!inClause && (m.numberStart() - he > 60 || sameKindBetween(all, index, he))) {
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
			for (int k : r.triggerOf) {
				Indicator ind = indicators.get(k);
				if (!ind.accepts(m.unit(), m.counter()) || excluded(hits, first, b, ind)) {
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
