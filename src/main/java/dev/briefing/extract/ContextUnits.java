package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * Units that are units only in the right company: 成 (tenths, not 成交 or 成都), 点 (index
 * points, not o'clock) and 年 (a duration after 期限 or 连续, or a bond's 10年期; otherwise a
 * calendar year).
 */
final class ContextUnits {

	private ContextUnits() {
	}

	/** 三成 is 30%; not 一成不变, 成交, 成都 … and never more than ten tenths. */
	static UnitReader.Match cheng(TextView v, int k, Numeral num, boolean over) {
		if (num.value.compareTo(BigDecimal.TEN) > 0 || num.value.signum() <= 0) {
			return null;
		}
		char next = v.at(k + 1);
		if ("立为交功果员熟长都本绩型品效就年人像色套批片群语事全形材器家份倍千万亿不了本".indexOf(next) >= 0) {
			return null;
		}
		int end = k + 1;
		BigDecimal add = null;
		if (next == '半') {
			add = BigDecimal.valueOf(5);
			end++;
		}
		else if (NumeralParser.digit(next) > 0 && !TextView.isAsciiAlnum(next)
				&& NumeralParser.unitExp(v.at(k + 2)) == 0) {
			add = BigDecimal.valueOf(NumeralParser.digit(next));
			end++;
		}
		return new UnitReader.Match(Unit.PERCENT, null, end, 1, add == null ? null : add.movePointLeft(1), over);
	}

	private static final String[] POINT_CONTEXT = WordLists.words("point-context");

	/** 上升0.2点, 收于3300点; not 8点 (o'clock). */
	static UnitReader.Match point(TextView v, int k, int start, boolean over) {
		char next = v.at(k + 1);
		if (NumeralParser.isDigitChar(next) || next == '钟' || next == '半' || next == '多' || next == '左' || next == '整'
				|| next == '前' || next == '后' || next == '至' || next == '到' || next == '开' || next == '起') {
			return null;
		}
		int cells = UnitlessForms.listHead(v, start);
		if (v.at(cells - 1) == ',' && UnitlessForms.endsIndexName(v, cells - 1)) {
			// 宏观经济感受指数，97.9，97.6，0.3点: a table row of an index
			return new UnitReader.Match(Unit.POINT, null, k + 1, 0, null, over);
		}
		int head = numberListHead(v, start);
		int from = Math.max(0, head - 12);
		for (int p = head - 1; p >= from; p--) {
			char ch = v.c[p];
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				break;
			}
			for (String w : POINT_CONTEXT) {
				if (v.endsWith(p + 1, w)) {
					return new UnitReader.Match(Unit.POINT, null, k + 1, 0, null, over);
				}
			}
		}
		return null;
	}

	private static final String[] YEAR_CONTEXT = WordLists.words("year-context");

	/** What follows a span of years said in words: 三年来, 两年间, 三年平均增长, 五年多. */
	private static final String[] YEAR_SPAN_AFTER = WordLists.words("year-span-after");

	static boolean bondAhead(TextView v, int k) {
		for (int p = k; p < Math.min(v.n, k + 12); p++) {
			char ch = v.c[p];
			if (ch == '债') {
				return true;
			}
			if (ch == ',' || ch == '。' || ch == ';') {
				return false;
			}
		}
		return false;
	}

	/** A year is a duration only where the text says so: 期限为5年, 连续3年, 10年期国债. */
	static UnitReader.Match year(TextView v, int k, int start, Numeral num, boolean over) {
		if (num.plainInteger && num.digits == 4 || num.value.compareTo(BigDecimal.valueOf(100)) > 0) {
			return null;
		}
		if (v.at(k + 1) == '期') {
			char after = v.at(k + 2);
			if ("债国地专一政品超特固".indexOf(after) >= 0 || "和及、".indexOf(after) >= 0 && bondAhead(v, k + 2)
					|| TERM_END.indexOf(after) >= 0 || durationContext(v, listHead(v, start))) {
				// 10年期国债, 期限为10年期
				return new UnitReader.Match(Unit.YEAR, null, k + 2, 0, null, over);
			}
			return null;
		}
		if (v.at(k + 1) == '代' || v.at(k + 1) == '级' || v.at(k + 1) == '度') {
			return null;
		}
		if (",\n".indexOf(v.at(start - 1)) >= 0 && ",。".indexOf(v.at(k + 1)) >= 0 && v.at(k + 1) != '\0') {
			// ，10年， a cell of a table under 期限（年）
			return new UnitReader.Match(Unit.YEAR, null, k + 1, 0, null, over);
		}
		if ("、和及与".indexOf(v.at(k + 1)) >= 0 && termListAhead(v, k + 1)) {
			// 以10年、15年和20年期为主
			return new UnitReader.Match(Unit.YEAR, null, k + 1, 0, null, over);
		}
		if (num.value.scale() > 0 && !num.chinese) {
			// 13.5年 is no calendar year
			return new UnitReader.Match(Unit.YEAR, null, k + 1, 0, null, over);
		}
		if (num.chinese && num.multiplierExp == 0 && num.value.compareTo(BigDecimal.ONE) > 0
				&& num.value.compareTo(BigDecimal.valueOf(50)) <= 0 && v.at(start - 1) != '第') {
			for (String w : YEAR_SPAN_AFTER) {
				if (v.startsWith(k + 1, w)) {
					// 三年平均增长4.1%, 两年来: a span of years in words
					return new UnitReader.Match(Unit.YEAR, null, k + 1, 0, null, over);
				}
			}
		}
		return durationContext(v, listHead(v, start)) ? new UnitReader.Match(Unit.YEAR, null, k + 1, 0, null, over)
				: null;
	}

	private static boolean durationContext(TextView v, int start) {
		int from = Math.max(0, start - 6);
		for (int p = start; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' || ch == '。' || ch == ';') {
				break;
			}
			for (String w : YEAR_CONTEXT) {
				if (v.endsWith(p, w)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What may follow a bond's {@code N年期} that is said of it, not part of a product's
	 * name: 三十一期为10年期，, 以20年期为主; a name goes on with its noun (1年期定期存款, 5年期以上LPR).
	 */
	private static final String TERM_END = ",。;)\n\0为:";

	/** 10年、15年和20年期: a list of years that ends in a term. */
	private static boolean termListAhead(TextView v, int k) {
		int p = k;
		for (int guard = 0; guard < 6 && "、和及与".indexOf(v.at(p)) >= 0; guard++) {
			int q = p + 1;
			while (NumeralParser.isAsciiDigit(v.at(q)) || v.at(q) == '.') {
				q++;
			}
			if (q == p + 1 || v.at(q) != '年') {
				return false;
			}
			if (v.at(q + 1) == '期') {
				return v.at(q + 2) != '间';
			}
			p = q + 1;
		}
		return false;
	}

	/**
	 * 上升0.2、0.1、0.3和0.2点: the start of the first number of a list that ends at
	 * {@code start}, whose words before it hold for every member.
	 */
	static int numberListHead(TextView v, int start) {
		int s = start;
		for (int guard = 0; guard < 8 && "、和及与".indexOf(v.at(s - 1)) >= 0; guard++) {
			int p = s - 1;
			if (v.at(p - 1) == '个' || v.at(p - 1) == '点') {
				p--;
			}
			int q = p;
			while (q > 0 && p - q < 12 && (NumeralParser.isAsciiDigit(v.at(q - 1)) || v.at(q - 1) == '.')) {
				q--;
			}
			if (q == p || !NumeralParser.isAsciiDigit(v.at(q))) {
				break;
			}
			s = q;
		}
		return s;
	}

	/**
	 * 期限分别为10年和20年: the start of the first of a list of years, whose words hold for the
	 * others.
	 */
	private static int listHead(TextView v, int start) {
		int s = start;
		for (int guard = 0; guard < 4 && "和、及与".indexOf(v.at(s - 1)) >= 0 && v.at(s - 2) == '年'; guard++) {
			int p = s - 2;
			while (p > 0 && NumeralParser.isAsciiDigit(v.at(p - 1)) && s - 2 - p < 3) {
				p--;
			}
			if (p == s - 2) {
				break;
			}
			s = p;
		}
		return s;
	}

}
