package dev.briefing.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ingest.Article;

/**
 * Finds the quantities in an article: every amount, percentage, change, index level,
 * count, duration and rank, with its unit, qualifier, category, catalog indicator,
 * period, region and evidence. Reads the text once for numbers and once for keywords;
 * dates, ordinals, codes and fixed phrases are passed over. Thread-safe: one instance
 * serves every thread.
 */
public final class QuantityExtractor {

	/**
	 * How far back (in characters, within a paragraph) a period or region named earlier
	 * still holds.
	 */
	private static final int CARRY = 400;

	/**
	 * The opening of an article (its lead), where the body that published its figures is
	 * named.
	 */
	private static final int LEAD = 160;

	private final Vocabulary vocabulary;

	private final Classifier classifier;

	private final CatalogMatcher matcher;

	private final RegionReader regions;

	public QuantityExtractor(IndicatorCatalog catalog, BriefingConfig.Region region) {
		this.vocabulary = new Vocabulary(catalog, region);
		this.classifier = new Classifier(vocabulary);
		this.matcher = new CatalogMatcher(catalog, vocabulary);
		this.regions = new RegionReader(vocabulary);
	}

	public List<Quantity> extract(Article article) {
		String text = article.text();
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		TextView v = TextView.of(text);
		KeywordIndex.Hits hits = vocabulary.index.find(v.c, 0, v.n);
		List<Mention> mentions = QuantityScanner.scan(v, stops(hits));
		if (mentions.isEmpty()) {
			return List.of();
		}
		boolean[] hiddenTriggers = matcher.hiddenTriggers(hits);
		TextView tv = null;
		KeywordIndex.Hits th = null;
		if (article.title() != null && !article.title().isBlank()) {
			tv = TextView.of(article.title());
			th = vocabulary.index.find(tv.c, 0, tv.n);
		}
		Category family = classifier.family(th, hits);
		Category[] cats = classifier.categories(v, hits, family);
		double[] topic = classifier.topic(hits, cats, 1.0, null);
		String titleRegion = null;
		if (th != null) {
			classifier.topic(th, classifier.categories(tv, th, family), 3.0, topic);
			titleRegion = regions.last(tv, th, 0, tv.n);
		}
		Classifier.Topic articleTopic = Classifier.Topic.of(topic);
		if (titleRegion == null && regions.nationalSource(v, hits, 0, Math.min(v.n, LEAD))) {
			titleRegion = RegionReader.NATIONAL;
		}
		LocalDate ref = article.referenceDate();
		List<Quantity> out = new ArrayList<>(mentions.size());
		int sentenceStart = -1;
		int sentenceEnd = -1;
		List<PeriodReader.Found> periods = new ArrayList<>();
		int periodsRead = 0;
		int carryFrom = 0;
		String carriedRegion = null;
		Bounds b = null;
		String sentence = null;
		int partsSentence = -1;
		int partsFrom = Integer.MAX_VALUE;
		for (int k = 0; k < mentions.size(); k++) {
			Mention m = mentions.get(k);
			b = b == null ? Bounds.of(v, m.start(), m.end()) : b.next(v, m.start(), m.end());
			if (b.sentenceEnd() != sentenceEnd) {
				sentenceEnd = b.sentenceEnd();
				sentence = text.substring(v.origStart(b.sentenceStart()), v.origEnd(b.sentenceEnd())).strip();
			}
			if (b.sentenceStart() != sentenceStart) {
				sentenceStart = b.sentenceStart();
				if (b.sentenceEnd() > periodsRead) {
					periods.addAll(PeriodReader.read(v, Math.max(periodsRead, 0), b.sentenceEnd(), ref, periods));
					periodsRead = b.sentenceEnd();
				}
				carryFrom = Math.max(paragraphStart(v, sentenceStart), sentenceStart - CARRY);
				String r = regions.last(v, hits, carryFrom, sentenceStart);
				if (r == null && regions.nationalSource(v, hits, carryFrom, sentenceStart)) {
					r = RegionReader.NATIONAL;
				}
				carriedRegion = r != null ? r : titleRegion;
			}
			if (b.sentenceStart() != partsSentence) {
				partsSentence = b.sentenceStart();
				partsFrom = FigureContext.partsFrom(v, b);
			}
			int governedFrom = FigureContext.governedFrom(v, b, mentions, k, partsFrom);
			CatalogMatcher.Found found = matcher.match(v, hits, hiddenTriggers, m, b, mentions, k, governedFrom,
					partsFrom, periods);
			boolean target = FigureContext.isTarget(v, m, b);
			Subject subject = subject(v, hits, cats, articleTopic, mentions, k, b, found, target);
			if (k > 0 && growthOfLevel(v, hits, cats, mentions.get(k - 1), m, b, subject)) {
				// 资产总计174.29万亿元，同比增长4.4%: the growth of an amount is about what the
				// amount is about
				Category level = out.get(out.size() - 1).category();
				if (level != Category.OTHER) {
					subject = new Subject(level, null, subject.label());
				}
			}
			String period = lastPeriod(periods, sentenceStart, m.numberStart(), true, false);
			if (period == null) {
				period = lastPeriod(periods, sentenceStart, m.numberStart(), false, false);
			}
			if (period == null) {
				period = lastPeriod(periods, carryFrom, sentenceStart, true, true);
			}
			String region = regions.last(v, hits, sentenceStart, m.start());
			if (region == null) {
				region = regions.nationalSource(v, hits, sentenceStart, m.start()) ? RegionReader.NATIONAL
						: carriedRegion;
			}
			int start = v.origStart(m.start());
			int end = v.origEnd(m.end());
			out.add(new Quantity(article.file(), article.number(), article.title(), article.published(),
					subject.category(), subject.indicator(), subject.label(), m.value(), m.valueMax(), m.unit(),
					m.counter(), m.qualifier(), period, region, m.direction(), text.substring(start, end), sentence,
					start, end, target));
		}
		return out;
	}

	/**
	 * What a figure is about: its category, its catalog indicator (or null) and its
	 * label.
	 */
	private record Subject(Category category, String indicator, String label) {
	}

	/**
	 * The figure's catalog entry where the entry's value is what it reports, else its
	 * category from the entry or from the words around it. A goal, a cap, a change or an
	 * old value keeps the entry's category but not its id; so does a count of
	 * beneficiaries or of things not economic.
	 */
	private Subject subject(TextView v, KeywordIndex.Hits hits, Category[] cats, Classifier.Topic topic,
			List<Mention> mentions, int k, Bounds b, CatalogMatcher.Found found, boolean target) {
		Mention m = mentions.get(k);
		Indicator indicator = found == null || Classifier.countsBeneficiaries(v, m, b)
				|| Classifier.countsNoEconomicThing(v, m) ? null : found.indicator();
		Classifier.Decision decision = null;
		if (indicator != null && !found.specific()) {
			// a trigger other subjects share (利率, 期限) holds only where the figure's words
			// agree
			decision = classifier.decide(v, hits, cats, m, b, topic);
			if (decision.category() != indicator.category()) {
				indicator = null;
			}
		}
		if (indicator == null) {
			Classifier.Decision d = decision != null ? decision : classifier.decide(v, hits, cats, m, b, topic);
			return new Subject(d.category(), null, target ? targetLabel(d.keyword()) : d.keyword());
		}
		if (target) {
			return new Subject(indicator.category(), null, targetLabel(indicator.label()));
		}
		if (FigureContext.isPerUnit(v, m, b) || FigureContext.isChangeOfLevel(v, m, b)
				|| FigureContext.isOldValue(v, mentions, k, b)) {
			return new Subject(indicator.category(), null, classifier.decide(v, hits, cats, m, b, topic).keyword());
		}
		return new Subject(indicator.category(), indicator.id(), indicator.label());
	}

	/** Longest gap between an amount and the change that follows it. */
	private static final int GROWTH_GAP = 16;

	/**
	 * Whether {@code m} is the change of the amount, count or rate just before it in its
	 * sentence, with no word of a subject between them ({@code 负债合计99.86万亿元，增长4.9%},
	 * {@code 失业率为5.1%，比上年下降0.1个百分点}).
	 */
	private boolean growthOfLevel(TextView v, KeywordIndex.Hits hits, Category[] cats, Mention previous, Mention m,
			Bounds b, Subject subject) {
		if (subject.indicator() != null || m.unit() != Unit.PERCENT && m.unit() != Unit.PERCENT_POINT
				|| m.direction() == null && !onlySeparators(v, previous.end(), m.start())) {
			return false;
		}
		boolean level = previous.unit().isMoney() || previous.unit() == Unit.COUNT
				|| previous.unit() == Unit.PERCENT && m.unit() == Unit.PERCENT_POINT && m.direction() != null;
		if (previous.end() <= b.sentenceStart() || m.start() - previous.end() > GROWTH_GAP || !level) {
			return false;
		}
		for (int h = Classifier.firstEndingAfter(hits, previous.end()); h < hits.size
				&& hits.start[h] < m.start(); h++) {
			if (cats[h] != null && hits.start[h] >= previous.end() && vocabulary.roles[hits.word[h]].weight >= 0.5) {
				return false;
			}
		}
		return true;
	}

	/** 37022亿元，4.6%: cells of a table row, nothing but separators between them. */
	private static boolean onlySeparators(TextView v, int from, int to) {
		for (int p = from; p < to; p++) {
			char ch = v.c[p];
			if (ch != ',' && ch != '、' && ch != ' ') {
				return false;
			}
		}
		return to > from;
	}

	private static String targetLabel(String label) {
		return label == null ? "目标" : label + "（目标）";
	}

	private BitSet stops(KeywordIndex.Hits hits) {
		BitSet stop = new BitSet();
		for (int h = 0; h < hits.size; h++) {
			if (vocabulary.roles[hits.word[h]].stop) {
				stop.set(hits.start[h], hits.end[h]);
			}
		}
		return stop;
	}

	/**
	 * The last period named in {@code [from, before)} that is not a base of comparison,
	 * nor, carried from an earlier sentence, a deadline.
	 */
	private static String lastPeriod(List<PeriodReader.Found> periods, int from, int before, boolean leading,
			boolean carried) {
		for (int k = periods.size() - 1; k >= 0; k--) {
			PeriodReader.Found f = periods.get(k);
			if (f.start() < from) {
				return null;
			}
			if (f.start() < before && !f.comparison() && f.period() != null && (f.leading() || !leading)
					&& !(f.deadline() && carried)) {
				return f.period();
			}
		}
		return null;
	}

	private static int paragraphStart(TextView v, int pos) {
		int p = pos;
		while (p > 0 && p > pos - CARRY && v.c[p - 1] != '\n') {
			p--;
		}
		return p;
	}

}
