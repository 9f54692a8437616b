package dev.briefing.extract;

/**
 * Decides a figure's category from the keywords around it: the nearer a keyword stands
 * (best in the same clause, to the left), the more it counts; the article's own topic
 * (its headline above all) tips the balance where the figure's words say little. A
 * sub-index shared by several surveys ({@code 生产指数}, {@code 新订单指数}) belongs to the survey
 * its sentence or its article names ({@code 中小企业} or {@code PMI}).
 */
final class Classifier {

	/**
	 * An article's keyword weight per category, and the same without enterprises: an
	 * article about enterprises does not make their money, their ratios or their indices
	 * enterprise figures; only counts and ranks take that topic, shares and growth need
	 * their own words.
	 */
	record Topic(double[] weights, double[] withoutEnterprise) {

		static Topic of(double[] weights) {
			double[] without = weights.clone();
			without[Category.ENTERPRISE.ordinal()] = 0;
			return new Topic(weights, without);
		}
	}

	/**
	 * The category decided, the keyword that decided it and, when asked for, the words
	 * that counted ({@code 贷款余额 1.00, 融资 0.12; article 0.20}).
	 */
	record Decision(Category category, String keyword, String why) {
	}

	private static final Category[] CATEGORIES = Category.values();

	/** How much the article's topic counts beside the figure's own words. */
	private static final double TOPIC = 0.35;

	/**
	 * Measure words of goods, traffic and entities: in an article about one subject they
	 * count for it.
	 */
	private static final java.util.Set<String> SUBSTANTIVE = WordLists.set("substantive-counters");

	/** Measure words of people: in an article about jobs they are the jobs' people. */
	private static final java.util.Set<String> PEOPLE = WordLists.set("people-counters");

	private final Vocabulary vocabulary;

	Classifier(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** Keyword weight per category over a whole text (an article's topic). */
	double[] topic(KeywordIndex.Hits hits, Category[] cats, double factor, double[] into) {
		double[] t = into == null ? new double[CATEGORIES.length] : into;
		for (int h = 0; h < hits.size; h++) {
			if (cats[h] != null) {
				t[cats[h].ordinal()] += vocabulary.roles[hits.word[h]].weight * factor;
			}
		}
		return t;
	}

	/**
	 * How far back (in characters) a survey named in a sentence still owns a sub-index.
	 */
	private static final int FAMILY_REACH = 80;

	/**
	 * The category each keyword counts for: its own, none where a longer keyword hides
	 * it, and for a shared sub-index the survey named last before it in its sentence,
	 * else the article's.
	 */
	Category[] categories(TextView v, KeywordIndex.Hits hits, Category articleFamily) {
		boolean[] hidden = hidden(hits);
		Category[] cats = new Category[hits.size];
		Category lastFamily = null;
		int lastFamilyEnd = -1;
		for (int h = 0; h < hits.size; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.family != null) {
				lastFamily = r.family;
				lastFamilyEnd = hits.end[h];
			}
			if (r.category == null || hidden[h]) {
				continue;
			}
			cats[h] = r.category;
			if (r.sharedIndex) {
				Category f = lastFamily != null && hits.start[h] - lastFamilyEnd <= FAMILY_REACH
						&& !sentenceEndBetween(v, lastFamilyEnd, hits.start[h]) ? lastFamily : articleFamily;
				if (f != null) {
					cats[h] = f;
				}
			}
		}
		return cats;
	}

	/**
	 * The survey an article is about: the first named in its headline, else in its text,
	 * else null.
	 */
	Category family(KeywordIndex.Hits titleHits, KeywordIndex.Hits hits) {
		for (KeywordIndex.Hits hs : new KeywordIndex.Hits[] { titleHits, hits }) {
			for (int h = 0; hs != null && h < hs.size; h++) {
				Category f = vocabulary.roles[hs.word[h]].family;
				if (f != null) {
					return f;
				}
			}
		}
		return null;
	}

	private static boolean sentenceEndBetween(TextView v, int from, int to) {
		for (int p = Math.max(from, 0); p < to; p++) {
			if (Bounds.endsSentence(v.c[p])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Category keywords that stand inside a longer category keyword ({@code 收入} in
	 * {@code 财政收入}).
	 */
	private boolean[] hidden(KeywordIndex.Hits hits) {
		boolean[] hidden = new boolean[hits.size];
		int minStart = Integer.MAX_VALUE;
		int h = hits.size - 1;
		while (h >= 0) {
			int end = hits.end[h];
			int g = h;
			int groupMin = Integer.MAX_VALUE;
			while (g >= 0 && hits.end[g] == end) {
				if (vocabulary.roles[hits.word[g]].category != null) {
					groupMin = Math.min(groupMin, hits.start[g]);
				}
				g--;
			}
			for (int k = h; k > g; k--) {
				if (vocabulary.roles[hits.word[k]].category != null) {
					hidden[k] = minStart <= hits.start[k] || groupMin < hits.start[k];
				}
			}
			minStart = Math.min(minStart, groupMin);
			h = g;
		}
		return hidden;
	}

	Decision decide(TextView v, KeywordIndex.Hits hits, Category[] cats, Mention m, Bounds b, Topic articleTopic,
			boolean explain) {
		if (countsNoEconomicThing(v, m)) {
			return new Decision(Category.OTHER, null,
					explain ? "counts places, parts or matters, not the economy" : null);
		}
		double[] topic = m.unit() == Unit.COUNT || m.unit() == Unit.RANK ? articleTopic.weights()
				: articleTopic.withoutEnterprise();
		int first = firstEndingAfter(hits, b.sentenceStart());
		int last = first;
		while (last < hits.size && hits.start[last] < b.clauseEnd()) {
			last++;
		}
		double[] score = new double[CATEGORIES.length];
		boolean beneficiaries = countsBeneficiaries(v, m, b);
		StringBuilder[] words = explain ? new StringBuilder[CATEGORIES.length] : null;
		boolean strong = localScores(v, hits, cats, first, last, m, b, beneficiaries, score, words);
		int entity = m.unit() == Unit.COUNT && ("家".equals(m.counter()) || "户".equals(m.counter())) && !beneficiaries
				? enterpriseNextTo(hits, first, last, m) : -1;
		if (entity >= 0 && !otherSubjectAfter(hits, cats, entity, last, b)
				&& !modifiedByOtherSubject(v, hits, cats, first, entity, b)
				&& !programmeCompound(hits, first, entity)) {
			score[Category.ENTERPRISE.ordinal()] += 1.0;
			strong = true;
			if (explain) {
				append(words, Category.ENTERPRISE, "counted " + vocabulary.index.word(hits.word[entity]), 1.0);
			}
		}
		Category local = top(score, null);
		double localScore = local == null ? 0 : score[local.ordinal()];
		boolean countLike = m.unit() == Unit.COUNT || m.unit() == Unit.DAY || m.unit() == Unit.MONTH
				|| m.unit() == Unit.YEAR || m.unit() == Unit.QUARTER;
		Category t = top(topic, null);
		double total = sum(topic);
		if (countLike && (localScore < 0.08 || !strong)) {
			// a count only leaning on weak words (项目, 企业) is the article's when the
			// article is about one
			// thing, goods and entities counted, or the weak word agrees with it; else it
			// is not economic
			boolean focused = t != null && t != Category.OTHER && topic[t.ordinal()] >= 0.5 * total;
			boolean fits = m.counter() != null && SUBSTANTIVE.contains(m.counter()) || local == t
					|| t == Category.EMPLOYMENT && m.counter() != null && PEOPLE.contains(m.counter())
					|| t == Category.DEBT && (m.unit() == Unit.YEAR || m.unit() == Unit.DAY);
			Category c = focused && fits ? t : Category.OTHER;
			return new Decision(c, null,
					explain ? "a count its own words do not place"
							+ (c == Category.OTHER ? ", in an article about no one subject" : ": the article's subject")
							+ wordsOf(words, local) : null);
		}
		if (localScore < 0.08) {
			// an amount nobody's words place, in an article that is not about the
			// economy, is not economic
			Category c = t == null || t == Category.OTHER || total < 1.0 ? Category.OTHER : t;
			return new Decision(c, null, explain ? "no word of its own: the article's subject" : null);
		}
		for (int k = 0; k < score.length; k++) {
			if (total > 0) {
				score[k] += TOPIC * topic[k] / total;
			}
		}
		Category c = top(score, null);
		String why = null;
		if (explain) {
			why = scored(c, score, words, topic, total);
			Category next = runnerUp(score, c);
			if (next != null) {
				why += "; next " + scored(next, score, words, topic, total);
			}
		}
		return new Decision(c, c == Category.OTHER ? null : bestWordOf(c, hits, cats, first, last, m, b), why);
	}

	/**
	 * {@code debt 1.10 (债券 0.73, 企业债 0.67; article 0.16)}: a category's score and whence.
	 */
	private static String scored(Category c, double[] score, StringBuilder[] words, double[] topic, double total) {
		StringBuilder sb = new StringBuilder(c.code()).append(String.format(" %.2f", score[c.ordinal()]));
		String article = total > 0 && topic[c.ordinal()] > 0
				? String.format("article %.2f", TOPIC * topic[c.ordinal()] / total) : null;
		sb.append(" (");
		if (words[c.ordinal()] != null) {
			sb.append(words[c.ordinal()]).append(article == null ? "" : "; ");
		}
		return sb.append(article == null ? "" : article).append(')').toString();
	}

	private static void append(StringBuilder[] words, Category c, String word, double score) {
		StringBuilder sb = words[c.ordinal()];
		if (sb == null) {
			sb = words[c.ordinal()] = new StringBuilder();
		}
		sb.append(sb.isEmpty() ? "" : ", ").append(word).append(String.format(" %.2f", score));
	}

	private static String wordsOf(StringBuilder[] words, Category c) {
		return c == null || words[c.ordinal()] == null ? "; no word" : "; " + words[c.ordinal()];
	}

	/**
	 * Words opening a clause of those a measure benefits: 惠及经营主体2.1万户 counts for the
	 * measure, not for entities.
	 */
	private static final String[] BENEFIT = WordLists.words("benefit-words");

	private static final java.util.Set<String> PROGRAMME = WordLists.set("financing-programme-words");

	static boolean countsBeneficiaries(TextView v, Mention m, Bounds b) {
		if (m.unit() != Unit.COUNT) {
			return false;
		}
		for (String w : BENEFIT) {
			if (v.startsWith(b.clauseStart(), w) || v.endsWith(m.start(), w)) {
				return true;
			}
		}
		// 向56.3万户企业发放, 累计为2318家企业发放: those a measure is given to
		return v.endsWith(m.start(), "向") || v.endsWith(m.start(), "为") && (m.start() - 1 == b.clauseStart()
				|| v.endsWith(m.start() - 1, "累计") || v.endsWith(m.start() - 1, "共") || v.endsWith(m.start() - 1, "已"));
	}

	/**
	 * A keyword naming another economic subject after the entities: 45家企业与银行机构现场签约 is
	 * about financing.
	 */
	private boolean otherSubjectAfter(KeywordIndex.Hits hits, Category[] cats, int entity, int last, Bounds b) {
		for (int h = entity + 1; h < last; h++) {
			Category c = cats[h];
			if (c != null && c != Category.ENTERPRISE && c != Category.OTHER && hits.start[h] >= hits.end[entity]
					&& hits.end[h] <= b.clauseEnd() && vocabulary.roles[hits.word[h]].weight >= 0.5) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Scores each category by the keywords of the figure's sentence left of it and of its
	 * clause right of it: per category the strongest keyword counts fully, the others a
	 * quarter, so that many weak words do not outvote one that names the figure. Returns
	 * whether a full-weight keyword took part.
	 */
	private boolean localScores(TextView v, KeywordIndex.Hits hits, Category[] cats, int first, int last, Mention m,
			Bounds b, boolean beneficiaries, double[] score, StringBuilder[] words) {
		double[] peak = new double[CATEGORIES.length];
		double[] rest = new double[CATEGORIES.length];
		boolean strong = false;
		// where the figure's clause names nothing, the subject of a clause before carries
		// over to it
		int reach = m.start();
		for (int h = first; h < last; h++) {
			if (cats[h] != null && hits.start[h] >= b.clauseStart() && hits.end[h] <= b.clauseEnd()) {
				reach = -1;
				break;
			}
		}
		reach = reach < 0 ? m.start() : b.clauseStart();
		for (int h = first; h < last; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			int hs = hits.start[h];
			int he = hits.end[h];
			Category cat = cats[h];
			if (cat == null || hs < b.sentenceStart() || he > b.clauseEnd()) {
				continue;
			}
			if (cat == Category.ENTERPRISE && (beneficiaries && hs >= b.clauseStart()
					|| modifiedByOtherSubject(v, hits, cats, first, h, b) || !countsEntities(m, r))) {
				continue;
			}
			double s;
			if (he <= m.start()) {
				if (hs >= b.clauseStart()) {
					s = r.weight / (1 + (m.start() - he) / 8.0);
				}
				else if (reach == b.clauseStart()) {
					s = r.weight * 0.6 / (1 + (reach - he) / 24.0);
				}
				else {
					s = r.weight * 0.6 / (1 + (m.start() - he) / 8.0);
				}
			}
			else if (hs >= m.end()) {
				s = r.weight * 0.8 / (1 + (hs - m.end()) / 4.0);
			}
			else {
				continue;
			}
			int c = cat.ordinal();
			if (words != null) {
				append(words, cat, vocabulary.index.word(hits.word[h]) + (r.byTrigger ? " (a trigger)" : ""), s);
			}
			rest[c] += Math.min(s, peak[c]);
			peak[c] = Math.max(peak[c], s);
			strong |= r.weight >= 0.8;
		}
		for (int c = 0; c < score.length; c++) {
			score[c] = peak[c] + 0.25 * rest[c];
		}
		return strong;
	}

	/**
	 * Enterprise figures are counts of entities and their growth or shares: an amount of
	 * money, an index or a share of surveyed firms ({@code 58.3%的企业}) is about what the
	 * enterprises do, not how many there are.
	 */
	private static boolean countsEntities(Mention m, Vocabulary.Role r) {
		return m.unit() == Unit.COUNT || m.unit() == Unit.RANK || entityUnit(m.unit()) && r.weight >= 1;
	}

	/** Units an enterprise figure can have: a count, its rank, its growth or share. */
	private static boolean entityUnit(Unit u) {
		return u == Unit.COUNT || u == Unit.RANK || u == Unit.PERCENT || u == Unit.PERCENT_POINT;
	}

	/**
	 * 有进出口实绩的企业, 申报融资的小微企业数量: entities that a modifier ending in 的 places under another
	 * subject, named there by a keyword of weight.
	 */
	private boolean modifiedByOtherSubject(TextView v, KeywordIndex.Hits hits, Category[] cats, int first, int h,
			Bounds b) {
		int de = hits.start[h] - 1;
		while (de > b.clauseStart() && hits.start[h] - de <= 4 && v.c[de] != '的' && !Bounds.endsClause(v.c[de])) {
			de--;
		}
		if (v.at(de) != '的') {
			return false;
		}
		for (int g = first; g < h; g++) {
			Category c = cats[g];
			if (c != null && c != Category.ENTERPRISE && c != Category.OTHER && hits.start[g] >= b.clauseStart()
					&& hits.end[g] <= de && vocabulary.roles[hits.word[g]].weight >= 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 获贷企业1.35万家, 授信企业, 融资企业: entities named by what a financing programme gives them
	 * (word list {@code financing-programme-words}) are the programme's, not a stock of
	 * enterprises; a stock named by a word of financing (上市公司) stays one.
	 */
	private boolean programmeCompound(KeywordIndex.Hits hits, int first, int entity) {
		for (int g = first; g < entity; g++) {
			if (hits.end[g] == hits.start[entity] && PROGRAMME.contains(vocabulary.index.word(hits.word[g]))) {
				return true;
			}
		}
		return false;
	}

	/** Places, trades and parts counted in passing: 31个大城市, 21个行业, 3个方面. */
	private static final String[] NOT_ECONOMIC_COUNTED = WordLists.words("not-economic-counted");

	/** 3218个重点项目, 12个重点企业: a counted word that goes on into a thing of the economy. */
	private static boolean startsEconomicCompound(TextView v, int k) {
		for (String w : ECONOMIC_COMPOUND_HEADS) {
			if (v.startsWith(k, w)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] ECONOMIC_COMPOUND_HEADS = WordLists.words("economic-compound-heads");

	/** Matters handled counted before their number: 收集诉求52个, 解决问题67个, 办理审批手续96件. */
	private static final String[] MATTERS = WordLists.words("matters-counted");

	static boolean countsNoEconomicThing(TextView v, Mention m) {
		if (m.unit() != Unit.COUNT || !"个".equals(m.counter()) && !"项".equals(m.counter()) && !"条".equals(m.counter())
				&& !"件".equals(m.counter()) && !"处".equals(m.counter())) {
			return false;
		}
		for (String w : NOT_ECONOMIC_COUNTED) {
			if (v.startsWith(m.end(), w) && !startsEconomicCompound(v, m.end() + w.length())) {
				return true;
			}
		}
		for (String w : MATTERS) {
			if (v.endsWith(m.start(), w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 企业2.8万家, 552家企业: the keyword of the enterprises counted, whatever the sentence is
	 * about, else -1.
	 */
	private int enterpriseNextTo(KeywordIndex.Hits hits, int first, int last, Mention m) {
		for (int h = first; h < last; h++) {
			String w = vocabulary.index.word(hits.word[h]);
			boolean entity = w.endsWith("企业") || w.equals("经营主体") || w.equals("市场主体") || w.equals("个体工商户")
					|| w.equals("商户") || w.equals("公司");
			if (entity && (m.start() - hits.end[h] >= 0 && m.start() - hits.end[h] <= 2
					|| hits.start[h] >= m.end() && hits.start[h] - m.end() <= 1)) {
				return h;
			}
		}
		return -1;
	}

	private String bestWordOf(Category c, KeywordIndex.Hits hits, Category[] cats, int first, int last, Mention m,
			Bounds b) {
		String word = null;
		int bestDist = Integer.MAX_VALUE;
		for (int h = first; h < last; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (cats[h] != c || r.weight < 1 || hits.start[h] < b.sentenceStart()) {
				continue;
			}
			int dist = hits.end[h] <= m.start() ? m.start() - hits.end[h] : hits.start[h] - m.end() + 4;
			if (dist >= 0 && dist < bestDist) {
				bestDist = dist;
				word = vocabulary.index.word(hits.word[h]);
			}
		}
		return word;
	}

	static int firstEndingAfter(KeywordIndex.Hits hits, int pos) {
		int lo = 0;
		int hi = hits.size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (hits.end[mid] <= pos) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static double sum(double[] a) {
		double s = 0;
		for (double x : a) {
			s += x;
		}
		return s;
	}

	/** The category of the highest score but that of {@code winner}, or null. */
	private static Category runnerUp(double[] score, Category winner) {
		int best = -1;
		for (int k = 0; k < score.length; k++) {
			if (k != winner.ordinal() && score[k] > 0 && (best < 0 || score[k] > score[best])) {
				best = k;
			}
		}
		return best < 0 ? null : CATEGORIES[best];
	}

	private static Category top(double[] score, Category fallback) {
		int best = -1;
		for (int k = 0; k < score.length; k++) {
			if (score[k] > 0 && (best < 0 || score[k] > score[best])) {
				best = k;
			}
		}
		return best < 0 ? fallback : CATEGORIES[best];
	}

}
