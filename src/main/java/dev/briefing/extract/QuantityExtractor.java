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

	private final CategoryDecision decision;

	public QuantityExtractor(IndicatorCatalog catalog, BriefingConfig.Region region) {
		this.vocabulary = new Vocabulary(catalog, region);
		this.classifier = new Classifier(vocabulary);
		this.matcher = new CatalogMatcher(catalog, vocabulary);
		this.regions = new RegionReader(vocabulary);
		this.decision = new CategoryDecision(vocabulary, classifier);
	}

	public List<Quantity> extract(Article article) {
		return extract(article, false);
	}

	/**
	 * The quantities of an article: those of its headline that the text does not repeat
	 * ({@code where} {@code title}), then those of its text. With {@code explain}, each
	 * says in {@code why} which words decided its category and indicator.
	 */
	public List<Quantity> extract(Article article, boolean explain) {
		String text = article.text() == null ? "" : article.text();
		TextView v = TextView.of(text);
		KeywordIndex.Hits hits = vocabulary.index.find(v.c, 0, v.n);
		List<Mention> mentions = QuantityScanner.scan(v, stops(hits));
		TextView tv = null;
		KeywordIndex.Hits th = null;
		List<Mention> titleMentions = List.of();
		if (article.title() != null && !article.title().isBlank()) {
			tv = TextView.of(article.title());
			th = vocabulary.index.find(tv.c, 0, tv.n);
			titleMentions = QuantityScanner.scan(tv, stops(th));
		}
		if (mentions.isEmpty() && titleMentions.isEmpty()) {
			return List.of();
		}
		Category family = classifier.family(th, hits);
		Category[] cats = classifier.categories(v, hits, family);
		double[] topic = classifier.topic(hits, cats, 1.0, null);
		String titleRegion = null;
		Category[] titleCats = null;
		if (th != null) {
			titleCats = classifier.categories(tv, th, family);
			classifier.topic(th, titleCats, 3.0, topic);
			titleRegion = regions.last(tv, th, 0, tv.n);
		}
		Classifier.Topic articleTopic = Classifier.Topic.of(topic);
		if (titleRegion == null && regions.nationalSource(v, hits, 0, Math.min(v.n, LEAD))) {
			titleRegion = RegionReader.NATIONAL;
		}
		List<Quantity> body = new ArrayList<>(mentions.size());
		read(article, new Pass(text, v, hits, cats, mentions, Quantity.BODY), articleTopic, titleRegion, explain, body);
		if (titleMentions.isEmpty()) {
			return body;
		}
		List<Quantity> title = new ArrayList<>(titleMentions.size());
		read(article, new Pass(article.title(), tv, th, titleCats, titleMentions, Quantity.TITLE), articleTopic,
				titleRegion, explain, title);
		List<Quantity> out = new ArrayList<>(title.size() + body.size());
		for (Quantity q : title) {
			if (!repeated(q, body)) {
				out.add(q);
			}
		}
		out.addAll(body);
		return out;
	}

	/**
	 * Whether the text repeats a figure of the headline: the same value in the same unit
	 * (a headline's 12亿元 is the text's 12亿元, counted once, with the text's sentence).
	 */
	private static boolean repeated(Quantity headline, List<Quantity> body) {
		for (Quantity q : body) {
			if (q.unit() == headline.unit() && q.value().compareTo(headline.value()) == 0
					&& (q.valueMax() == null ? headline.valueMax() == null
							: headline.valueMax() != null && q.valueMax().compareTo(headline.valueMax()) == 0)) {
				return true;
			}
		}
		return false;
	}

	/** One text of an article (its headline or its body) and what was found in it. */
	private record Pass(String text, TextView v, KeywordIndex.Hits hits, Category[] cats, List<Mention> mentions,
			String where) {
	}

	private void read(Article article, Pass pass, Classifier.Topic articleTopic, String titleRegion, boolean explain,
			List<Quantity> out) {
		String text = pass.text();
		TextView v = pass.v();
		KeywordIndex.Hits hits = pass.hits();
		Category[] cats = pass.cats();
		List<Mention> mentions = pass.mentions();
		boolean[] hiddenTriggers = matcher.hiddenTriggers(hits);
		LocalDate ref = article.referenceDate();
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
			CategoryDecision.Subject subject = decision.decide(new CategoryDecision.Figure(v, hits, cats, articleTopic,
					mentions, k, b, found, target, k > 0 ? out.get(out.size() - 1).category() : null), explain);
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
					start, end, target, pass.where(), subject.why()));
		}
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
