package dev.briefing.extract;

import java.util.List;

/**
 * What the words around a figure say about its standing, apart from its subject: whether
 * it is a goal or a forecast, a part of a total named before it ({@code 其中…},
 * {@code 分行业看，…}), a cap per enterprise, a change against an earlier value, or the old
 * value of a move ({@code 由第8位升至第7位}); and how far back the words that govern it reach.
 */
final class FigureContext {

	private FigureContext() {
	}

	/**
	 * Where the words that govern the figure start: its own clause and the clauses before
	 * it in its sentence that hold no figure ({@code 今年以来，我省累计发行…}); from the sentence
	 * start for a part named after {@code 其中}, whose total stands before it.
	 */
	static int governedFrom(TextView v, Bounds b, List<Mention> all, int index, int partsFrom) {
		if (partsFrom <= b.clauseStart() && partsFrom > b.sentenceStart()) {
			return b.sentenceStart();
		}
		int prevEnd = index > 0 ? all.get(index - 1).end() : -1;
		if (prevEnd <= b.sentenceStart()) {
			return b.sentenceStart();
		}
		if (prevEnd > b.clauseStart()) {
			return b.clauseStart();
		}
		for (int p = prevEnd; p < b.clauseStart(); p++) {
			if (Bounds.endsClause(v.c[p])) {
				return p + 1;
			}
		}
		return b.clauseStart();
	}

	/** A breakdown opens its sentence: 从投向看, 分行业看, 按用途划分, 从企业规模看. */
	private static final String[] BREAKDOWN_ENDS = WordLists.words("breakdown-ends");

	/**
	 * From where the figures of the sentence are parts of a total: the whole sentence
	 * after a breakdown opening it ({@code 分税种看，…}), the clauses from one opening with
	 * {@code 其中}; else {@link Integer#MAX_VALUE}.
	 */
	static int partsFrom(TextView v, Bounds b) {
		int s = b.sentenceStart();
		char first = v.at(s);
		if (first == '从' || first == '分' || first == '按' || first == '就') {
			int p = s + 1;
			while (p < b.sentenceEnd() && p - s <= 10 && !Bounds.endsClause(v.c[p])) {
				p++;
			}
			if (p < b.sentenceEnd() && v.c[p] == ',') {
				for (String e : BREAKDOWN_ENDS) {
					if (v.endsWith(p, e) && p - e.length() > s + 1) {
						return partsBy(v.slice(s + 1, p - e.length())) ? s : Integer.MAX_VALUE;
					}
				}
			}
		}
		for (int p = s; p < b.sentenceEnd(); p++) {
			if ((p == s || Bounds.endsClause(v.c[p - 1])) && startsWithQizhong(v, p)) {
				return p;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** Views of a whole that are not a split into parts: 从价格看, 从全市看, 从总量看. */
	private static final java.util.Set<String> WHOLE_VIEWS = WordLists.set("whole-views");

	private static boolean partsBy(String dimension) {
		return !WHOLE_VIEWS.contains(dimension);
	}

	private static boolean startsWithQizhong(TextView v, int p) {
		return v.startsWith(p, "其中");
	}

	/** Words before a figure that make it a goal, plan or forecast. */
	private static final String[] TARGET_WORDS = WordLists.words("target-words");

	/**
	 * The last characters of target words and of the words that end a look back for one.
	 */
	private static final boolean[] STOPS_TARGET_SCAN = new boolean[65536];

	static {
		for (String w : TARGET_WORDS) {
			STOPS_TARGET_SCAN[w.charAt(w.length() - 1)] = true;
		}
		for (char ch : ";已际前".toCharArray()) {
			STOPS_TARGET_SCAN[ch] = true;
		}
	}

	/**
	 * Whether the figure is a goal, a plan or a forecast: a target word stands before it
	 * in its sentence (not beyond a semicolon), with nothing between saying the figure is
	 * already reached ({@code 已}, {@code 实际}, {@code 目前}); {@code 完成全年目标的91.7%} and
	 * {@code 占年度计划的81.3%} are progress, not targets.
	 */
	static boolean isTarget(TextView v, Mention m, Bounds b) {
		int from = b.sentenceStart();
		for (int p = m.start(); p > from; p--) {
			char ch = v.c[p - 1];
			if (!STOPS_TARGET_SCAN[ch]) {
				continue;
			}
			if (ch == ';' || ch == '已' || v.endsWith(p, "实际") || v.endsWith(p, "目前")) {
				return false;
			}
			for (String w : TARGET_WORDS) {
				if (w.charAt(w.length() - 1) == ch && v.endsWith(p, w)) {
					if (w.equals("拟") && "模虚草比".indexOf(v.at(p - 2)) >= 0 || Bounds.endsClause(v.at(p))) {
						// 模拟, or a noun closing its clause (纳入改造计划，…)
						continue;
					}
					return !isProgressShare(v, m, b);
				}
			}
		}
		return false;
	}

	/** 完成全年目标任务的93.9%, 占年度计划的81.3%: the share of a target reached. */
	private static boolean isProgressShare(TextView v, Mention m, Bounds b) {
		if (v.at(m.start() - 1) != '的') {
			return false;
		}
		for (int p = b.clauseStart(); p < m.start(); p++) {
			if (v.c[p] == '完' && v.at(p + 1) == '成' || v.c[p] == '占') {
				return true;
			}
		}
		return false;
	}

	private static final String[] PER_UNIT = WordLists.words("per-unit");

	/** 单户授信额度不超过300万元, 最高可贷500万元: a cap or an average per enterprise, not a total. */
	private static final boolean[] PER_UNIT_START = new boolean[65536];

	static {
		for (String w : PER_UNIT) {
			PER_UNIT_START[w.charAt(0)] = true;
		}
	}

	static boolean isPerUnit(TextView v, Mention m, Bounds b) {
		for (int p = b.clauseStart(); p < m.start(); p++) {
			if (!PER_UNIT_START[v.c[p]]) {
				continue;
			}
			for (String w : PER_UNIT) {
				if (v.startsWith(p, w)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * 比上周增加36家, 较年初多增800亿元: an amount or count of change against an earlier value, which
	 * is not the level a catalog entry of amounts or counts reports.
	 */
	static boolean isChangeOfLevel(TextView v, Mention m, Bounds b) {
		if (m.direction() == null || !(m.unit().isMoney() || m.unit() == Unit.COUNT)) {
			return false;
		}
		for (int p = b.clauseStart(); p < m.start(); p++) {
			char ch = v.c[p];
			if (ch == '比' || ch == '较' || ch == '环' && v.at(p + 1) == '比') {
				return true;
			}
		}
		return false;
	}

	/** 由第8位上升至第7位: the old value of a move, which the new value replaces. */
	static boolean isOldValue(TextView v, List<Mention> all, int index, Bounds b) {
		Mention m = all.get(index);
		char before = v.at(m.start() - 1);
		if (before != '由' && before != '从') {
			return false;
		}
		if (index + 1 >= all.size()) {
			return false;
		}
		Mention next = all.get(index + 1);
		if (next.unit() != m.unit() || next.start() >= b.clauseEnd()) {
			return false;
		}
		for (int p = m.end(); p < next.start(); p++) {
			if (v.c[p] == '至' || v.c[p] == '到') {
				return true;
			}
		}
		return false;
	}

}
