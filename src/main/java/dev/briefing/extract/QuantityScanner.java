package dev.briefing.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the quantities of a text in one pass: a number, then what stands to its right
 * (unit, range, a unit shared with the next numbers of a list) and to its left
 * (qualifier, direction of a change). Dates, ordinals, list numbers, codes and numbers
 * inside book titles have no unit of ours and are passed over; fixed phrases
 * ({@code 一站式}, {@code 十四五}) come in as {@code stop} positions.
 */
final class QuantityScanner {

	private static final String LIST_SEPARATORS = "、和与及或";

	private QuantityScanner() {
	}

	static List<Mention> scan(TextView v, BitSet stop) {
		List<Mention> out = new ArrayList<>();
		char[] c = v.c;
		int n = v.n;
		int bookDepth = 0;
		int i = 0;
		while (i < n) {
			char ch = c[i];
			if (ch == '《') {
				bookDepth++;
				i++;
				continue;
			}
			if (ch == '》' || ch == '\n') {
				bookDepth = ch == '\n' ? 0 : Math.max(0, bookDepth - 1);
				i++;
				continue;
			}
			if (ch == '<' && isTagStart(v.at(i + 1))) {
				// markup left in the text by a feed: attributes such as width="100%" are
				// no quantities
				i = tagEnd(v, i);
				continue;
			}
			if (ch == '半' && v.at(i + 1) == '成' && !stop.get(i)) {
				emit(v, out, i, i + 2, BigDecimal.valueOf(5), null, Unit.PERCENT, null, false);
				i += 2;
				continue;
			}
			if (ch == '一' && v.at(i + 1) == '半' && !stop.get(i) && bookDepth == 0 && Fractions.isHalf(v, i)) {
				// 超过一半, 一半以上: 50%
				emit(v, out, i, i + 2, BigDecimal.valueOf(50), null, Unit.PERCENT, null, false);
				i += 2;
				continue;
			}
			int fractionEnd = bookDepth == 0 && !stop.get(i) ? Fractions.partsOfEnd(v, i) : 0;
			if (fractionEnd > 0) {
				// 三分之一, 四分之三
				emit(v, out, i, fractionEnd, Fractions.partsOf(v, i), null, Unit.PERCENT, null, false);
				i = fractionEnd;
				continue;
			}
			boolean fraction = NumeralParser.unitExp(ch) >= 2 && denominatorEnd(v, i) > 0;
			if (!fraction && !NumeralParser.canStart(v, i)) {
				i++;
				continue;
			}
			if (bookDepth > 0 || stop.get(i)) {
				i = skipToken(v, i);
				continue;
			}
			int next = fraction ? percentOf(v, i, out) : at(v, i, out);
			i = Math.max(next, i + 1);
		}
		return out;
	}

	private static boolean isTagStart(char ch) {
		return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '/' || ch == '!';
	}

	private static int tagEnd(TextView v, int i) {
		for (int k = i + 1; k < v.n && k - i < 2000; k++) {
			if (v.c[k] == '>') {
				return k + 1;
			}
			if (v.c[k] == '<' || v.c[k] >= 0x3000) {
				return k;
			}
		}
		return i + 1;
	}

	private static int skipToken(TextView v, int i) {
		Numeral num = NumeralParser.parse(v, i);
		return num == null ? skipDigits(v, i) : Math.max(i + 1, num.end);
	}

	/**
	 * Past a run of ASCII digits that is no number of ours (a code, a run too long to be
	 * a quantity).
	 */
	private static int skipDigits(TextView v, int i) {
		int k = i;
		while (k < v.n && NumeralParser.isAsciiDigit(v.c[k])) {
			k++;
		}
		return Math.max(k, i + 1);
	}

	/**
	 * The end of a denominator such as 百分之, 千分之, 万分之, 百万分之 starting at {@code i}, else 0.
	 */
	private static int denominatorEnd(TextView v, int i) {
		int k = i;
		while (k < v.n && k - i < 4 && (NumeralParser.unitExp(v.c[k]) >= 2)) {
			k++;
		}
		return k > i && v.startsWith(k, "分之") ? k + 2 : 0;
	}

	/** 百分之十二点五, 千分之2.4, 万分之三. */
	private static int percentOf(TextView v, int i, List<Mention> out) {
		int p = denominatorEnd(v, i);
		int exp = 0;
		for (int k = i; k < p - 2; k++) {
			exp += NumeralParser.unitExp(v.c[k]);
		}
		int shift = 2 - exp;
		if (!NumeralParser.canStart(v, p) && v.at(p) != '百') {
			return i + 1;
		}
		Numeral num = v.at(p) == '百' && !NumeralParser.isDigitChar(v.at(p + 1)) ? hundred(p)
				: NumeralParser.parse(v, p);
		if (num == null) {
			return i + 1;
		}
		if (NumeralParser.digit(v.at(num.end)) > 0 || v.startsWith(num.end, "十")) {
			return num.end;
		}
		BigDecimal value = num.value.movePointRight(shift);
		emit(v, out, i, num.end, value, null, Unit.PERCENT, null, num.over);
		return num.end;
	}

	private static Numeral hundred(int p) {
		Numeral num = new Numeral();
		num.start = p;
		num.end = p + 1;
		num.value = BigDecimal.valueOf(100);
		num.chinese = true;
		return num;
	}

	private static int at(TextView v, int i, List<Mention> out) {
		char p = v.at(i - 1);
		boolean code = p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || "=/&?#%_@".indexOf(p) >= 0
				|| (p == '.' || p == ':') && NumeralParser.isAsciiDigit(v.at(i - 2));
		if (i > 0 && code && !Fractions.percentAfterName(v, i)) {
			return skipToken(v, i);
		}
		Numeral num = NumeralParser.parse(v, i);
		if (num == null) {
			return skipDigits(v, i);
		}
		if (num.chinese && num.end == i + 1 && NumeralParser.isCapital(v.c[i])) {
			// 陆家嘴, 伍家岗, 柒牌: a capital numeral alone is part of a name
			return num.end;
		}
		int slash = Fractions.slashEnd(v, i, num);
		if (slash > 0) {
			// 占1/3, 约2/3的: a fraction
			emit(v, out, i, slash, Fractions.slashValue(v, i, slash), null, Unit.PERCENT, null, false);
			return slash;
		}
		if ((p == '数' || p == '几') && num.chinese) {
			// 数十家, 几百万元: no figure is named
			return num.end;
		}
		if (p == '第') {
			int end = UnitlessForms.rankEnd(v, i, num);
			if (end > 0) {
				emit(v, out, i - 1, end, num.value, null, Unit.RANK, null, false);
			}
			return num.end;
		}
		int start = i;
		boolean negative = false;
		if (p == '-' && !TextView.isAsciiAlnum(v.at(i - 2)) && v.at(i - 2) != '%') {
			negative = true;
			start = i - 1;
		}
		else if (p == '负' && v.at(i - 2) != '正') {
			negative = true;
			start = i - 1;
		}
		UnitReader.Match u = UnitReader.read(v, num.end, num, start);
		if (u != null && u.unit() == Unit.COUNT && "个".equals(u.counter())) {
			UnitReader.Match shared = sharedUnit(v, u.end(), start);
			if (shared != null && shared.unit() != Unit.COUNT) {
				u = new UnitReader.Match(shared.unit(), shared.counter(), u.end(), shared.shift(), null, u.over());
			}
		}
		if (UnitlessForms.isQuotedPhrase(v, i, num, u) || u != null && UnitlessForms.isRecordSpan(v, start, u)) {
			return num.end;
		}
		Unit prefixCurrency = CurrencyNames.nameBefore(v, start);
		Unit sign = CurrencyNames.endsSign(v.at(start - 1)) ? CurrencyNames.signBefore(v, start) : null;
		if (u == null && sign != null) {
			u = new UnitReader.Match(sign, null, num.end, 0, null, false);
		}
		if (u != null && u.unit() == Unit.CNY && prefixCurrency != null) {
			u = new UnitReader.Match(prefixCurrency, null, u.end(), u.shift(), u.add(), u.over());
		}
		int pos = u != null ? u.end() : num.end;
		if (range(v, start, num, u, pos, out)) {
			return out.get(out.size() - 1).end();
		}
		if (u == null) {
			u = sharedUnit(v, num.end, start);
			if (u != null) {
				u = new UnitReader.Match(u.unit(), u.counter(), num.end, u.shift(), null, u.over());
			}
		}
		if (u == null && num.multiplierExp >= 4) {
			String counter = UnitlessForms.countContext(v, start, num);
			if (counter != null) {
				u = new UnitReader.Match(Unit.COUNT, counter, num.end, 0, null, false);
			}
			else if (UnitlessForms.isMoneyContext(v, start, num)) {
				u = new UnitReader.Match(Unit.CNY, null, num.end, 0, null, false);
			}
		}
		if (u == null) {
			if (UnitlessForms.isIndexLevel(v, i, num)) {
				emit(v, out, start, num.end, signed(num.value, negative), null, Unit.INDEX, null, num.over);
			}
			else if (UnitlessForms.isMultiple(v, i, num)) {
				emit(v, out, start, num.end, num.value, null, Unit.TIMES, null, num.over);
			}
			return num.end;
		}
		BigDecimal value = signed(valueOf(num.value, u), negative);
		if (num.pairHigh > 0) {
			BigDecimal low = value.multiply(BigDecimal.valueOf(num.pairLow))
				.divide(BigDecimal.valueOf(num.pairHigh), MathContext.DECIMAL64);
			emit(v, out, start, u.end(), low, value, u.unit(), u.counter(), false);
		}
		else {
			emit(v, out, start, u.end(), value, null, u.unit(), u.counter(), num.over || u.over());
		}
		return u.end();
	}

	private static void emit(TextView v, List<Mention> out, int start, int end, BigDecimal value, BigDecimal valueMax,
			Unit unit, String counter, boolean over) {
		out.add(Qualifiers.mention(v, start, end, value, valueMax, unit, counter, over));
	}

	private static BigDecimal signed(BigDecimal v, boolean negative) {
		return negative ? v.negate() : v;
	}

	private static BigDecimal valueOf(BigDecimal value, UnitReader.Match u) {
		BigDecimal v = u.add() == null ? value : value.add(u.add());
		return u.shift() == 0 ? v : v.movePointRight(u.shift());
	}

	/** 1万元至2万元, 8-10美元, 两到三万港元, 1万(含)-5万元. */
	private static boolean range(TextView v, int start, Numeral num, UnitReader.Match u, int pos, List<Mention> out) {
		int k = pos;
		if (v.startsWith(k, "(含)")) {
			k += 3;
		}
		int len = connector(v, k);
		if (len == 0) {
			return false;
		}
		int q = k + len;
		if (!NumeralParser.canStart(v, q)) {
			return false;
		}
		Numeral n2 = NumeralParser.parse(v, q);
		if (n2 == null) {
			return false;
		}
		UnitReader.Match u2 = UnitReader.read(v, n2.end, n2, q);
		if (u2 == null) {
			return false;
		}
		if (u != null && (u.unit() != u2.unit() || u.counter() != null && !u.counter().equals(u2.counter()))) {
			return false;
		}
		BigDecimal lo;
		if (u != null) {
			lo = valueOf(num.value, u);
		}
		else {
			BigDecimal first = num.value;
			if (num.multiplierExp < n2.multiplierExp && n2.multiplierExp >= 2
					&& first.compareTo(n2.coefficient()) < 0) {
				first = first.movePointRight(n2.multiplierExp);
			}
			lo = valueOf(first, new UnitReader.Match(u2.unit(), u2.counter(), u2.end(), u2.shift(), null, false));
		}
		BigDecimal hi = valueOf(n2.value, u2);
		if (lo.compareTo(hi) >= 0) {
			return false;
		}
		emit(v, out, start, u2.end(), lo, hi, u2.unit(), u2.counter(), false);
		return true;
	}

	private static int connector(TextView v, int k) {
		char ch = v.at(k);
		if (ch == '至' || ch == '到' || ch == '~') {
			return 1;
		}
		if (ch == '-' || ch == '—' || ch == '–') {
			char next = v.at(k + 1);
			return next == '-' || next == '—' ? 2 : 1;
		}
		return 0;
	}

	private static final String[] DIRECTIONS = WordLists.words("direction-words");

	/**
	 * The length of a word of direction opening a list member (下降0.4个、上升0.7个百分点), else 0.
	 */
	private static int directionWord(TextView v, int k) {
		for (String w : DIRECTIONS) {
			if (v.startsWith(k, w)) {
				return w.length();
			}
		}
		return 0;
	}

	/** 0.3和1.4个百分点, 2.5个、5.7个百分点: the unit of the first list member that has one. */
	private static UnitReader.Match sharedUnit(TextView v, int k, int start) {
		for (int guard = 0; guard < 6; guard++) {
			char sep = v.at(k);
			if (LIST_SEPARATORS.indexOf(sep) < 0) {
				return null;
			}
			int from = k + 1 + directionWord(v, k + 1);
			if (!NumeralParser.canStart(v, from)) {
				return null;
			}
			Numeral next = NumeralParser.parse(v, from);
			if (next == null) {
				return null;
			}
			UnitReader.Match u = UnitReader.read(v, next.end, next, from);
			boolean bareGe = u != null && u.unit() == Unit.COUNT && "个".equals(u.counter())
					&& LIST_SEPARATORS.indexOf(v.at(u.end())) >= 0;
			if (u != null && !bareGe) {
				return u;
			}
			// 0.5个、0.7个和0.4个百分点: a member's 个 waits for the unit the list ends with
			k = bareGe ? u.end() : next.end;
			if (v.at(k) == '个' && LIST_SEPARATORS.indexOf(v.at(k + 1)) >= 0) {
				k++;
			}
		}
		return null;
	}

}
