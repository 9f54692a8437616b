package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * Completes a quantity with what stands around its number: a qualifier to the left
 * ({@code 近}, {@code 超过}, {@code 不到}) or to the right ({@code 以上}, {@code 左右}), and the
 * direction of a change ({@code 增长}, {@code 下降}).
 */
final class Qualifiers {

	private Qualifiers() {
	}

	private static final String[][] LEFT_QUALIFIERS = WordLists.pairs("left-qualifiers");

	/**
	 * Characters that end a qualifier or a word of change: most numbers follow none of
	 * them.
	 */
	private static final boolean[] QUALIFIER_END = new boolean[65536];

	private static final boolean[] CHANGE_END = new boolean[65536];

	static {
		// the longest word first: 不超过 before 超过
		java.util.Arrays.sort(LEFT_QUALIFIERS, (a, b) -> b[0].length() - a[0].length());
		for (String[] q : LEFT_QUALIFIERS) {
			QUALIFIER_END[q[0].charAt(q[0].length() - 1)] = true;
		}
	}

	/** Words that end in 约, 近 or 超 without meaning about or over: 签约, 最近, 赶超. */
	private static final String[] NOT_BEFORE = { "签预节制条公契邀相特合违履践守婚", "最接附临亲贴靠将就", "赶高" };

	/** Words that end in 上 or 破 without meaning at least: 以上, 线上, 突破 (read whole), 打破. */
	private static final String NOT_BEFORE_UP = "以线网地晚早马路向之为其至北走迈登赶打冲攻击";

	private static final String[] UP = WordLists.words("rise-words");

	private static final String[][] NONE = {};

	private static final String[] DOWN = WordLists.words("fall-words");

	static Mention mention(TextView v, int start, int end, BigDecimal value, BigDecimal valueMax, Unit unit,
			String counter, boolean over) {
		Qualifier q = valueMax != null ? Qualifier.RANGE : over ? Qualifier.OVER : Qualifier.EXACT;
		int s = start;
		for (String[] lq : QUALIFIER_END[v.at(start - 1)] ? LEFT_QUALIFIERS : NONE) {
			if (v.endsWith(start, lq[0])) {
				if (valueMax == null) {
					q = Qualifier.of(lq[1]);
				}
				s = start - lq[0].length();
				char q0 = lq[0].charAt(0);
				String notBefore = q0 == '约' ? NOT_BEFORE[0]
						: q0 == '近' ? NOT_BEFORE[1] : q0 == '上' || q0 == '破' ? NOT_BEFORE_UP : NOT_BEFORE[2];
				if (lq[0].length() == 1 && notBefore.indexOf(v.at(s - 1)) >= 0) {
					s = start;
					q = valueMax != null ? Qualifier.RANGE : over ? Qualifier.OVER : Qualifier.EXACT;
					continue;
				}
				break;
			}
		}
		int e = end;
		if (v.startsWith(e, "(含)")) {
			e += 3;
		}
		Qualifier right = null;
		if (v.startsWith(e, "及以上")) {
			e++;
			right = Qualifier.OVER;
		}
		else if (v.startsWith(e, "及以下")) {
			e++;
			right = Qualifier.UNDER;
		}
		else if (v.startsWith(e, "以上") || v.startsWith(e, "之多") || v.startsWith(e, "有余")) {
			right = Qualifier.OVER;
		}
		else if (v.startsWith(e, "以下") || v.startsWith(e, "以内") || v.startsWith(e, "之内")) {
			right = Qualifier.UNDER;
		}
		else if (v.startsWith(e, "左右") || v.startsWith(e, "上下")) {
			right = Qualifier.APPROX;
		}
		if (right != null) {
			e += 2;
			if (valueMax == null) {
				q = right;
			}
		}
		else {
			e = end;
		}
		String direction = direction(v, s);
		return new Mention(s, e, start, clean(value), valueMax == null ? null : clean(valueMax), unit, counter, q,
				direction);
	}

	private static String direction(TextView v, int s) {
		int p = s;
		if (v.at(p - 1) == '了') {
			p--;
		}
		if (!CHANGE_END[v.at(p - 1)]) {
			return null;
		}
		for (String w : UP) {
			if (v.endsWith(p, w)) {
				return "up";
			}
		}
		for (String w : DOWN) {
			if (v.endsWith(p, w)) {
				return "down";
			}
		}
		return null;
	}

	static BigDecimal clean(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

	static {
		for (String w : UP) {
			CHANGE_END[w.charAt(w.length() - 1)] = true;
		}
		for (String w : DOWN) {
			CHANGE_END[w.charAt(w.length() - 1)] = true;
		}
	}

}
