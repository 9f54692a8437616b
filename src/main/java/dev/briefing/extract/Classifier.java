package dev.briefing.extract;

/**
 * Decides a figure's category from the keywords around it: the nearer a keyword stands (best in the
 * same clause, to the left), the more it counts; the article's own topic (its headline above all)
 * tips the balance where the figure's words say little.
 */
final class Classifier {

	/** The category decided and the keyword that decided it. */
	record Decision(Category category, String keyword) {
	}

	private static final Category[] CATEGORIES = Category.values();

	/** How much the article's topic counts beside the figure's own words. */
	private static final double TOPIC = 0.35;

	/** Measure words of goods, traffic and entities: in an article about one subject they count for it. */
	private static final java.util.Set<String> SUBSTANTIVE = java.util.Set.of("家", "户", "吨", "台", "辆", "艘", "架次", "标箱",
			"TEU", "千瓦时", "千瓦", "人次", "车次", "亩", "平方米", "立方米", "笔", "份");

	private final Vocabulary vocabulary;

	Classifier(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** Keyword weight per category over a whole text (an article's topic). */
	double[] topic(KeywordIndex.Hits hits, boolean[] hidden, double factor, double[] into) {
		double[] t = into == null ? new double[CATEGORIES.length] : into;
		for (int h = 0; h < hits.size; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.category != null && !hidden[h]) {
				t[r.category.ordinal()] += r.weight * factor;
			}
		}
		return t;
	}

	/** Category keywords that stand inside a longer category keyword ({@code 收入} in {@code 财政收入}). */
	boolean[] hidden(KeywordIndex.Hits hits) {
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

	Decision decide(TextView v, KeywordIndex.Hits hits, boolean[] hidden, Mention m, Bounds b, double[] topic) {
		if (countsNoEconomicThing(v, m)) {
			return new Decision(Category.OTHER, null);
		}
		int first = firstEndingAfter(hits, b.sentenceStart());
		int last = first;
		while (last < hits.size && hits.start[last] < b.clauseEnd()) {
			last++;
		}
		double[] score = new double[CATEGORIES.length];
		boolean strong = localScores(hits, hidden, first, last, m, b, score);
		if (m.unit() == Unit.COUNT && ("家".equals(m.counter()) || "户".equals(m.counter()))
				&& enterpriseNextTo(hits, first, last, m)) {
			score[Category.ENTERPRISE.ordinal()] += 1.0;
			strong = true;
		}
		Category local = top(score, null);
		double localScore = local == null ? 0 : score[local.ordinal()];
		boolean countLike = m.unit() == Unit.COUNT || m.unit() == Unit.DAY || m.unit() == Unit.MONTH
				|| m.unit() == Unit.YEAR || m.unit() == Unit.QUARTER;
		Category t = top(topic, null);
		double total = sum(topic);
		if (countLike && (localScore < 0.08 || !strong)) {
			// a count only leaning on weak words (项目, 企业) is the article's when the article is about one
			// thing, goods and entities counted, or the weak word agrees with it; else it is not economic
			boolean focused = t != null && t != Category.OTHER && topic[t.ordinal()] >= 0.5 * total;
			boolean fits = m.counter() != null && SUBSTANTIVE.contains(m.counter()) || local == t;
			return new Decision(focused && fits ? t : Category.OTHER, null);
		}
		if (localScore < 0.08) {
			// an amount nobody's words place, in an article that is not about the economy, is not economic
			return new Decision(t == null || t == Category.OTHER || total < 1.0 ? Category.OTHER : t, null);
		}
		for (int k = 0; k < score.length; k++) {
			if (total > 0) {
				score[k] += TOPIC * topic[k] / total;
			}
		}
		Category c = top(score, null);
		return new Decision(c, c == Category.OTHER ? null : bestWordOf(c, hits, first, last, m, b));
	}

	/**
	 * Scores each category by the keywords of the figure's sentence left of it and of its clause right of
	 * it: per category the strongest keyword counts fully, the others a quarter, so that many weak words
	 * do not outvote one that names the figure. Returns whether a full-weight keyword took part.
	 */
	private boolean localScores(KeywordIndex.Hits hits, boolean[] hidden, int first, int last, Mention m, Bounds b,
			double[] score) {
		double[] peak = new double[CATEGORIES.length];
		double[] rest = new double[CATEGORIES.length];
		boolean strong = false;
		for (int h = first; h < last; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			int hs = hits.start[h];
			int he = hits.end[h];
			if (r.category == null || hidden[h] || hs < b.sentenceStart() || he > b.clauseEnd()) {
				continue;
			}
			double s;
			if (he <= m.start()) {
				s = r.weight * (hs >= b.clauseStart() ? 1.0 : 0.6) / (1 + (m.start() - he) / 8.0);
			}
			else if (hs >= m.end()) {
				s = r.weight * 0.8 / (1 + (hs - m.end()) / 4.0);
			}
			else {
				continue;
			}
			int c = r.category.ordinal();
			rest[c] += Math.min(s, peak[c]);
			peak[c] = Math.max(peak[c], s);
			strong |= r.weight >= 0.8;
		}
		for (int c = 0; c < score.length; c++) {
			score[c] = peak[c] + 0.25 * rest[c];
		}
		return strong;
	}


	/** Places, trades and parts counted in passing: 31个大城市, 21个行业, 3个方面. */
	private static final String[] NOT_ECONOMIC_COUNTED = { "大城市", "城市", "省份", "省", "行业", "地区", "国家", "部门", "领域",
			"方面", "环节", "批次", "区县", "县", "乡镇", "街道", "社区", "村", "代表团", "小组", "组", "工作组", "专班", "会议", "文件",
			"措施", "举措", "条措施", "问题", "方向", "重点", "任务", "目标", "版块", "板块", "分行业", "大类", "门类", "类别", "品类" };

	private static boolean countsNoEconomicThing(TextView v, Mention m) {
		if (m.unit() != Unit.COUNT || !"个".equals(m.counter()) && !"项".equals(m.counter())
				&& !"条".equals(m.counter())) {
			return false;
		}
		for (String w : NOT_ECONOMIC_COUNTED) {
			if (v.startsWith(m.end(), w)) {
				return true;
			}
		}
		return false;
	}

	/** 企业2.8万家, 552家企业: enterprises counted, whatever the sentence is about. */
	private boolean enterpriseNextTo(KeywordIndex.Hits hits, int first, int last, Mention m) {
		for (int h = first; h < last; h++) {
			String w = vocabulary.index.word(hits.word[h]);
			boolean entity = w.endsWith("企业") || w.equals("经营主体") || w.equals("市场主体") || w.equals("个体工商户")
					|| w.equals("商户") || w.equals("公司");
			if (entity && (m.start() - hits.end[h] >= 0 && m.start() - hits.end[h] <= 2
					|| hits.start[h] >= m.end() && hits.start[h] - m.end() <= 1)) {
				return true;
			}
		}
		return false;
	}

	private String bestWordOf(Category c, KeywordIndex.Hits hits, int first, int last, Mention m, Bounds b) {
		String word = null;
		int bestDist = Integer.MAX_VALUE;
		for (int h = first; h < last; h++) {
			Vocabulary.Role r = vocabulary.roles[hits.word[h]];
			if (r.category != c || r.weight < 1 || hits.start[h] < b.sentenceStart()) {
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
