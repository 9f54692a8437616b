package dev.briefing.extract;

import java.util.List;

/**
 * The one place a figure's category and catalog indicator are decided. Its inputs are all
 * in {@link Figure}: the figure and its neighbours, its sentence and clause, the keywords
 * found around it with the category each counts for (their words and weights are data:
 * {@code src/main/resources/extract/category-words.tsv} and the catalog's triggers), the
 * article's topic, the catalog entry its trigger words name, whether it is a goal, and
 * the category of the figure before it. The rules, in order:
 * <ol>
 * <li>a catalog entry holds where its trigger names the figure's subject; a trigger other
 * subjects share ({@code 利率}, {@code 期限}) holds only where the keywords agree; a count of
 * beneficiaries or of things not economic takes no entry;</li>
 * <li>a goal, a cap per unit, a change against an earlier value or the old value of a
 * move keeps the entry's category, not its id;</li>
 * <li>without an entry, an amount, share or multiple named by a word of results
 * ({@code company-results-words}: 营收, 净利润, 亏损) where neither a region nor a group of
 * enterprises ({@code enterprise-group-words}) is named with it is one company's:
 * enterprise;</li>
 * <li>else the keywords around the figure decide ({@link Classifier}): each counts by its
 * weight ({@code category-words.tsv}) and falls with its distance, the strongest per
 * category fully and the others a quarter, and the article's own subject adds its share;
 * a count of enterprises right next to its number is enterprise, unless the enterprises
 * are those a measure benefits ({@code benefit-words}), a subject named after them or
 * before a 的 places them elsewhere, or a word of a financing programme is glued to them
 * ({@code 获贷企业}: financing); a count of places, parts or matters is other; a count its
 * words do not place is the article's subject where the article has one;</li>
 * <li>an amount the keywords make macro (investment, projects) is fiscal_tax where a word
 * of a budget ({@code budget-words}: 预算安排, 预算内) stands before it in its clause;</li>
 * <li>a growth right after an amount, count or rate, with no keyword between them, shares
 * the amount's category ({@code 负债合计99.86万亿元，增长4.9%}).</li>
 * </ol>
 */
final class CategoryDecision {

	/**
	 * What decides a figure's category.
	 *
	 * @param v the text
	 * @param hits every keyword found in it
	 * @param cats the category each keyword counts for (null: none)
	 * @param topic the article's keyword weight per category
	 * @param mentions the figures of the text, in order
	 * @param index which of them is decided
	 * @param bounds its sentence and clause
	 * @param entry the catalog entry its triggers name, or null
	 * @param target it is a goal or forecast
	 * @param previous the category of the figure before it, or null
	 */
	record Figure(TextView v, KeywordIndex.Hits hits, Category[] cats, Classifier.Topic topic, List<Mention> mentions,
			int index, Bounds bounds, CatalogMatcher.Found entry, boolean target, Category previous) {

		Mention mention() {
			return mentions.get(index);
		}
	}

	/**
	 * What a figure is about: its category, its catalog indicator (or null), its label,
	 * and when asked for, why.
	 */
	record Subject(Category category, String indicator, String label, String why) {
	}

	/** Longest gap between an amount and the change that follows it. */
	private static final int GROWTH_GAP = 16;

	private final Vocabulary vocabulary;

	private final Classifier classifier;

	CategoryDecision(Vocabulary vocabulary, Classifier classifier) {
		this.vocabulary = vocabulary;
		this.classifier = classifier;
	}

	Subject decide(Figure f, boolean explain) {
		Subject s = subject(f, explain);
		if (f.previous() != null && f.previous() != Category.OTHER && growthOfLevel(f, s)) {
			return new Subject(f.previous(), null, s.label(),
					explain ? "the growth of the figure before it (" + f.previous().code() + ")" : null);
		}
		return s;
	}

	private Subject subject(Figure f, boolean explain) {
		TextView v = f.v();
		Mention m = f.mention();
		Bounds b = f.bounds();
		CatalogMatcher.Found found = f.entry();
		Indicator indicator = found == null || Classifier.countsBeneficiaries(v, m, b)
				|| Classifier.countsNoEconomicThing(v, m) ? null : found.indicator();
		Classifier.Decision decision = null;
		if (indicator != null && !found.specific()) {
			// a trigger other subjects share (利率, 期限) holds only where the figure's words
			// agree
			decision = classify(f, explain);
			if (decision.category() != indicator.category()) {
				indicator = null;
			}
		}
		if (indicator == null) {
			String result = companyResult(f);
			if (result != null) {
				return new Subject(Category.ENTERPRISE, null, f.target() ? targetLabel(result) : result,
						explain ? "category enterprise: " + result + ", a result of one company (no region or group of "
								+ "enterprises named with it)" : null);
			}
			Classifier.Decision d = decision != null ? decision : classify(f, explain);
			String budget = d.category() == Category.MACRO ? budget(f) : null;
			if (budget != null) {
				return new Subject(Category.FISCAL_TAX, null, f.target() ? targetLabel(budget) : budget,
						explain ? "category fiscal_tax: an amount of the budget (" + budget
								+ " before it in its clause), " + "not the investment it pays for; else " + d.why()
								: null);
			}
			return new Subject(d.category(), null, f.target() ? targetLabel(d.keyword()) : d.keyword(),
					explain ? "category by " + d.why() : null);
		}
		String byEntry = explain ? "indicator " + indicator.id() + " by trigger " + found.trigger() + "; category "
				+ indicator.category().code() + " by the catalog entry" : null;
		if (f.target()) {
			return new Subject(indicator.category(), null, targetLabel(indicator.label()),
					explain ? byEntry + "; a goal takes no indicator" : null);
		}
		if (FigureContext.isPerUnit(v, m, b) || FigureContext.isChangeOfLevel(v, m, b)
				|| FigureContext.isOldValue(v, f.mentions(), f.index(), b)) {
			return new Subject(indicator.category(), null, classify(f, false).keyword(),
					explain ? byEntry + "; a cap, a change or an old value takes no indicator" : null);
		}
		return new Subject(indicator.category(), indicator.id(), indicator.label(), byEntry);
	}

	/** Words of a budget that pays for what follows: 预算安排, 预算内投资. */
	private static final String[] BUDGET = WordLists.words("budget-words");

	/**
	 * The word of a budget before an amount in its clause ({@code 省级预算安排重大项目投资资金30亿元},
	 * {@code 中央预算内投资52亿元}), else null: the amount is the budget's, whatever it pays for.
	 */
	private static String budget(Figure f) {
		Mention m = f.mention();
		if (!m.unit().isMoney()) {
			return null;
		}
		for (int p = f.bounds().clauseStart(); p < m.start(); p++) {
			for (String w : BUDGET) {
				if (f.v().startsWith(p, w)) {
					return w;
				}
			}
		}
		return null;
	}

	/** Results a company reports: 营收, 净利润, 亏损, 毛利率. */
	private static final String[] RESULTS = WordLists.words("company-results-words");

	/** Words that name a group of enterprises, whose results are not one company's. */
	private static final String[] GROUPS = WordLists.words("enterprise-group-words");

	/** How far before an amount a word of results still names it. */
	private static final int RESULT_REACH = 12;

	/**
	 * The word of results ({@code 营收}) that names an amount, share or multiple of one
	 * company ({@code 公司营收预计突破6亿元}, {@code 途驰科技今年1-9月营收18.6亿元}), else null: the word
	 * stands in the figure's clause shortly before it, the clause names no region before
	 * the figure, and neither the sentence before the figure nor the figure's clause
	 * names a group of enterprises ({@code 规模以上工业企业实现营业收入} is the economy's).
	 */
	private String companyResult(Figure f) {
		TextView v = f.v();
		Mention m = f.mention();
		Bounds b = f.bounds();
		Unit u = m.unit();
		if (!u.isMoney() && u != Unit.PERCENT && u != Unit.PERCENT_POINT && u != Unit.TIMES) {
			return null;
		}
		String result = null;
		for (int p = Math.max(b.clauseStart(), m.start() - RESULT_REACH); p < m.start() && result == null; p++) {
			for (String w : RESULTS) {
				if (v.startsWith(p, w) && p + w.length() <= m.start()) {
					result = w;
					break;
				}
			}
		}
		if (result == null) {
			return null;
		}
		KeywordIndex.Hits hits = f.hits();
		for (int h = Classifier.firstEndingAfter(hits, b.sentenceStart()); h < hits.size
				&& hits.start[h] < m.start(); h++) {
			// 全国新建商品房销售额 is the country's; 在全国运营 only says where a company works
			if (hits.start[h] >= b.sentenceStart() && vocabulary.roles[hits.word[h]].region != null
					&& "在于到向".indexOf(v.at(hits.start[h] - 1)) < 0) {
				return null;
			}
		}
		for (int p = b.sentenceStart(); p < b.clauseEnd(); p++) {
			for (String w : GROUPS) {
				if (v.startsWith(p, w)) {
					return null;
				}
			}
		}
		return result;
	}

	private Classifier.Decision classify(Figure f, boolean explain) {
		return classifier.decide(f.v(), f.hits(), f.cats(), f.mention(), f.bounds(), f.topic(), explain);
	}

	/**
	 * Whether the figure is the change of the amount, count or rate just before it in its
	 * sentence, with no word of a subject between them ({@code 负债合计99.86万亿元，增长4.9%},
	 * {@code 失业率为5.1%，比上年下降0.1个百分点}).
	 */
	private boolean growthOfLevel(Figure f, Subject subject) {
		if (f.index() == 0) {
			return false;
		}
		TextView v = f.v();
		Mention m = f.mention();
		Mention previous = f.mentions().get(f.index() - 1);
		Bounds b = f.bounds();
		KeywordIndex.Hits hits = f.hits();
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
			if (f.cats()[h] != null && hits.start[h] >= previous.end()
					&& vocabulary.roles[hits.word[h]].weight >= 0.5) {
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

}
