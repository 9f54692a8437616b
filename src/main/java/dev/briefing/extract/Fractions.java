package dev.briefing.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares said as fractions, read as percentages: 一半 (50%), 三分之一, 四分之三 and 1/3 where the
 * words around make it a share ({@code 占1/3}, {@code 约2/3的}), and a percentage written
 * right after a Latin name ({@code 持有ABC100%的股权}).
 */
final class Fractions {

	private Fractions() {
	}

	/** Words before a share that make 一半 or 1/3 a share of something. */
	private static final String[] SHARE_BEFORE = WordLists.words("share-before");

	/** 超过一半, 一半以上, 占一半: 一半 as a share; not 一半是…, 另一半. */
	static boolean isHalf(TextView v, int i) {
		if (v.at(i - 1) == '另' || v.at(i - 1) == '多') {
			return false;
		}
		if (v.startsWith(i + 2, "以上") || v.startsWith(i + 2, "左右") || v.startsWith(i + 2, "以下")) {
			return true;
		}
		for (String w : SHARE_BEFORE) {
			if (v.endsWith(i, w)) {
				return true;
			}
		}
		return false;
	}

	/** The end of 三分之一 or 四分之三 starting at {@code i}, else 0. */
	static int partsOfEnd(TextView v, int i) {
		int den = smallNumber(v.at(i));
		if (den < 2 || !v.startsWith(i + 1, "分之")) {
			return 0;
		}
		int num = smallNumber(v.at(i + 3));
		return num >= 1 && num < den && NumeralParser.unitExp(v.at(i + 4)) == 0
				&& !NumeralParser.isDigitChar(v.at(i + 4)) ? i + 4 : 0;
	}

	/** 三分之一 → 33.33…, in percent. */
	static BigDecimal partsOf(TextView v, int i) {
		return percent(smallNumber(v.at(i + 3)), smallNumber(v.at(i)));
	}

	/**
	 * The end of {@code 1/3} read at {@code i} where the words around make it a share,
	 * else 0.
	 */
	static int slashEnd(TextView v, int i, Numeral num) {
		if (num.chinese || !num.plainInteger || num.digits != 1 || v.at(num.end) != '/') {
			return 0;
		}
		char d = v.at(num.end + 1);
		if (!NumeralParser.isAsciiDigit(d) || NumeralParser.isAsciiDigit(v.at(num.end + 2)) || v.at(num.end + 2) == '/'
				|| v.at(num.end + 2) == '.') {
			return 0;
		}
		int den = d - '0';
		int n = num.value.intValue();
		if (n < 1 || den < 2 || n >= den) {
			return 0;
		}
		int end = num.end + 2;
		boolean share = v.at(end) == '的' || v.startsWith(end, "以上") || v.startsWith(end, "左右");
		for (String w : SHARE_BEFORE) {
			share |= v.endsWith(i, w);
		}
		return share ? end : 0;
	}

	static BigDecimal slashValue(TextView v, int i, int end) {
		return percent(v.at(i) - '0', v.at(end - 1) - '0');
	}

	/**
	 * Whether the number at {@code i}, right after a Latin name ({@code ABC100%}), is a
	 * percentage: the name is in capitals after a Chinese character, and % follows.
	 */
	static boolean percentAfterName(TextView v, int i) {
		int p = i;
		while (p > 0 && v.at(p - 1) >= 'A' && v.at(p - 1) <= 'Z') {
			p--;
		}
		if (p == i || v.at(p - 1) < 0x3000) {
			return false;
		}
		int k = i;
		while (NumeralParser.isAsciiDigit(v.at(k)) || v.at(k) == '.') {
			k++;
		}
		return k > i && v.at(k) == '%';
	}

	/** n/d in percent, to two decimals as shares are printed (三分之二 is 66.67%). */
	private static BigDecimal percent(int numerator, int denominator) {
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}

	private static int smallNumber(char ch) {
		if (ch == '十') {
			return 10;
		}
		int d = NumeralParser.digit(ch);
		return d > 0 ? d : -1;
	}

}
