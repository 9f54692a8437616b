package dev.briefing.extract;

import java.util.List;

/**
 * Finds the catalog indicator of a figure: the entry whose unit agrees and one of whose
 * trigger words stands nearest, in the figure's clause (either side) or earlier in its
 * sentence. A trigger in an earlier clause does not reach past another figure of the same
 * kind, nor a count (a count's trigger names what it counts, in its own clause, unless
 * the entry names its measure word and the count's clause names nothing else). In a
 * breakdown ({@code 分行业看，制造业贷款余额…}) a trigger with a word qualifying it names a part, not
 * the entry. An entry's exclusion words veto it where they stand among the words that
 * govern the figure or in the trigger's clause.
 */
final class CatalogMatcher {

	private final List<Indicator> indicators;

	private final Vocabulary vocabulary;

	CatalogMatcher(IndicatorCatalog catalog, Vocabulary vocabulary) {
		this.indicators = catalog.indicators();
		this.vocabulary = vocabulary;
	}

	/**
	 * Triggers standing inside a longer word that means something else: {@code 收入} in
	 * {@code 税收收入} (a trigger of another entry) or in {@code 营业收入} (a category keyword).
	 * A longer trigger of the same entry ({@code 政府债券} in {@code 发行政府债券}) hides nothing.
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
				// a keyword of full weight or of none (净融资, kept to hide the 融资 inside
				// it)
				boolean other = o.category != null && (o.weight >= 1 || o.weight == 0) && o.triggerOf.isEmpty()
						|| !o.triggerOf.isEmpty() && !o.entries.intersects(r.entries);
				if (other) {
					hidden[h] = true;
					break;
				}
			}
		}
		return hidden;
	}

	/**
	 * The entry found for a figure.
	 *
	 * @param specific the trigger is itself a keyword of the entry's category
	 * ({@code 贷款余额}), not a word that other subjects share ({@code 利率}, {@code 期限},
	 * {@code 上报})
	 * @param trigger the trigger word that named the entry
	 */
	record Found(Indicator indicator, boolean specific, String trigger) {
	}

	/**
	 * @param governedFrom where the words governing the figure start
	 * ({@link FigureContext#governedFrom})
	 * @param partsFrom from where the sentence's figures are parts of a total
	 * ({@link FigureContext#partsFrom})
	 */
	Found match(TextView v, KeywordIndex.Hits hits, boolean[] hidden, Mention m, Bounds b, List<Mention> all, int index,
			int governedFrom, int partsFrom, List<PeriodReader.Found> periods) {
		int first = Classifier.firstEndingAfter(hits, b.sentenceStart());
		Indicator best = null;
		boolean bestSpecific = false;
		int bestWord = -1;
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
			int triggerClause = b.clauseStart();
			if (he <= m.numberStart()) {
				boolean inClause = hs >= b.clauseStart();
				dist = m.numberStart() - he + (inClause ? 0 : 30);
				if (!inClause) {
					triggerClause = clauseStart(v, hs);
					if (m.numberStart() - he > 60 || sameKindBetween(all, index, triggerClause)
							|| m.unit() == Unit.COUNT && namesItsOwnSubject(hits, hidden, b, m)) {
						continue;
					}
				}
				if (hs >= partsFrom && v.c[hs] != '类' && qualified(v, hits, hs, triggerClause, periods)) {
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
			int scope = Math.min(governedFrom, triggerClause);
			for (int k : r.triggerOf) {
				Indicator ind = indicators.get(k);
				if (far && m.unit() == Unit.COUNT && ind.counter() == null) {
					// a count reaches back only to an entry that names what it counts by
					// its measure word
					continue;
				}
				if (!ind.accepts(m.unit(), m.counter()) || excluded(hits, scope, b.clauseEnd(), k)
						|| far && clauseSaysOtherwise(hits, first, b, m, ind.category())) {
					continue;
				}
				if (dist < bestDist || dist == bestDist && len > bestLen) {
					best = ind;
					bestSpecific = r.category == ind.category() && r.weight >= 0.8;
					bestWord = hits.word[h];
					bestDist = dist;
					bestLen = len;
				}
				break;
			}
		}
		return best == null ? null : new Found(best, bestSpecific, vocabulary.index.word(bestWord));
	}

	/** Words that stand before a trigger without qualifying it. */
	private static final String[] PLAIN = WordLists.words("plain-before-trigger");

	/** A phrase opening with one of these says how or where, not which part: 通过申报系统上报. */
	private static final String[] PREPOSITIONS = WordLists.words("prepositions-before-trigger");

	/**
	 * Whether a word other than a region, a period or a plain verb stands before the
	 * trigger in its clause: in {@code 制造业贷款余额} or {@code 民营企业进出口} the trigger names a
	 * part of its entry's total.
	 */
	private boolean qualified(TextView v, KeywordIndex.Hits hits, int hs, int clauseStart,
			List<PeriodReader.Found> periods) {
		int p = hs;
		while (p > clauseStart) {
			int q = skipBack(v, hits, p, clauseStart, periods);
			if (q == p) {
				break;
			}
			p = q;
		}
		if (p == clauseStart) {
			return false;
		}
		int s = clauseStart;
		for (String w : PLAIN) {
			if (v.startsWith(s, w)) {
				s += w.length();
				break;
			}
		}
		for (String w : PREPOSITIONS) {
			if (v.startsWith(s, w)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Steps back over a region, a period, a plain word, or a trigger of another entry
	 * naming the subject whose attribute the trigger is ({@code 一般债券期限}).
	 */
	private int skipBack(TextView v, KeywordIndex.Hits hits, int p, int clauseStart, List<PeriodReader.Found> periods) {
		for (int h = Classifier.firstEndingAfter(hits, p - 1); h < hits.size && hits.end[h] == p; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if ((r.region != null || !r.triggerOf.isEmpty()) && hits.start[h] >= clauseStart) {
				return hits.start[h];
			}
		}
		for (int k = periods.size() - 1; k >= 0; k--) {
			PeriodReader.Found f = periods.get(k);
			if (f.end() == p && f.start() >= clauseStart) {
				return f.start();
			}
			if (f.end() < clauseStart) {
				break;
			}
		}
		for (String w : PLAIN) {
			if (v.endsWith(p, w) && p - w.length() >= clauseStart) {
				return p - w.length();
			}
		}
		return p;
	}

	/**
	 * Where the clause of the trigger starting at {@code hs} starts: a figure of the same
	 * kind from there on owns it.
	 */
	private static int clauseStart(TextView v, int hs) {
		int p = hs;
		while (p > 0 && hs - p < 60 && !Bounds.endsClause(v.c[p - 1])) {
			p--;
		}
		return p;
	}

	/**
	 * Whether a count's own clause names what it counts, before it, with a word of weight
	 * ({@code 其中首贷企业11家}): then a trigger of an earlier clause is about something else.
	 */
	private boolean namesItsOwnSubject(KeywordIndex.Hits hits, boolean[] hidden, Bounds b, Mention m) {
		for (int h = Classifier.firstEndingAfter(hits, b.clauseStart()); h < hits.size
				&& hits.end[h] <= m.numberStart(); h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (hits.start[h] >= b.clauseStart() && !hidden[h]
					&& (r.category != null && r.weight >= 0.8 || !r.triggerOf.isEmpty())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A keyword of another category in the figure's own clause, left of it, outweighs a
	 * trigger further away.
	 */
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

	private boolean excluded(KeywordIndex.Hits hits, int from, int to, int entry) {
		if (indicators.get(entry).exclude().isEmpty()) {
			return false;
		}
		for (int h = Classifier.firstEndingAfter(hits, from); h < hits.size && hits.start[h] < to; h++) {
			if (hits.start[h] >= from && hits.end[h] <= to && vocabulary.roles[hits.word[h]].excludes.get(entry)) {
				return true;
			}
		}
		return false;
	}

}
