package dev.briefing.extract;

/**
 * Reads Arabic numbers ({@code 1,234.5}, {@code 82，225}), Chinese numerals ({@code 两千三百},
 * {@code 壹佰}, {@code 十九}, {@code 四点五}) and both mixed with multipliers ({@code 9.7万亿},
 * {@code 5亿1万4千}, {@code 3万4000}). One pass over the characters of the number; no
 * backtracking.
 */
final class NumeralParser {

	/**
	 * Longer runs are codes or garbage, not quantities; the bound keeps every number's
	 * cost small.
	 */
	static final int MAX_DIGITS = 30;

	private NumeralParser() {
	}

	private static final byte[] DIGIT = new byte[65536];

	private static final byte[] UNIT_EXP = new byte[65536];

	static {
		java.util.Arrays.fill(DIGIT, (byte) -1);
		for (int ch = 0x3000; ch < 65536; ch++) {
			DIGIT[ch] = (byte) digitOf((char) ch);
			UNIT_EXP[ch] = (byte) unitExpOf((char) ch);
		}
	}

	/** Value of a Chinese digit character, or -1. */
	static int digit(char ch) {
		return DIGIT[ch];
	}

	/**
	 * Exponent of a small unit (十 1, 百 2, 千 3) or a multiplier (万 4, 亿 8, 兆 12), else 0.
	 */
	static int unitExp(char ch) {
		return UNIT_EXP[ch];
	}

	private static int digitOf(char ch) {
		return switch (ch) {
			case '零', '〇' -> 0;
			case '一', '壹', '幺' -> 1;
			case '二', '两', '贰', '弍' -> 2;
			case '三', '叁' -> 3;
			case '四', '肆' -> 4;
			case '五', '伍' -> 5;
			case '六', '陆' -> 6;
			case '七', '柒' -> 7;
			case '八', '捌' -> 8;
			case '九', '玖' -> 9;
			default -> -1;
		};
	}

	private static int unitExpOf(char ch) {
		return switch (ch) {
			case '十', '拾' -> 1;
			case '百', '佰' -> 2;
			case '千', '仟' -> 3;
			case '万' -> 4;
			case '亿' -> 8;
			case '兆' -> 12;
			default -> 0;
		};
	}

	/** 壹 贰 叁 … 拾 佰 仟: the forms of numerals written on cheques and contracts. */
	static boolean isCapital(char ch) {
		return "壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(ch) >= 0;
	}

	static boolean isAsciiDigit(char ch) {
		return ch >= '0' && ch <= '9';
	}

	/** Whether a number may start at {@code i}. */
	static boolean canStart(TextView v, int i) {
		char ch = v.c[i];
		if (isAsciiDigit(ch)) {
			return true;
		}
		if (ch < 0x3000) {
			return false;
		}
		int d = digit(ch);
		if (d > 0 || ch == '廿') {
			return true;
		}
		if (d == 0) {
			char next = v.at(i + 1);
			return next == '点' && isDigitChar(v.at(i + 2)) || next == '十' || next == '拾'
					|| next < 0x3000 && !TextView.isAsciiAlnum(next);
		}
		int e = unitExp(ch);
		if (e == 1 || bareOrder(v, i)) {
			return true;
		}
		if (e == 2 || e == 3) {
			return isDigitChar(v.at(i + 1));
		}
		return false;
	}

	/**
	 * 超万亿元, 逾百家, 上千人, 近万亿: an order of magnitude standing for the number itself, after a
	 * word that bounds it.
	 */
	static boolean bareOrder(TextView v, int i) {
		int e = unitExp(v.at(i));
		if (e >= 4 && (v.startsWith(i + 1, "元以上") || v.startsWith(i + 1, "元及以上"))) {
			// 亿元以上项目: projects of a hundred million yuan or more
			return true;
		}
		if (e < 2 || "逾超近上约破过达".indexOf(v.at(i - 1)) < 0) {
			return false;
		}
		char next = v.at(i + 1);
		return next >= 0x3000 && digit(next) < 0 && !(unitExp(next) > 0 && unitExp(next) <= e);
	}

	static boolean isDigitChar(char ch) {
		return isAsciiDigit(ch) || digit(ch) >= 0;
	}

	/**
	 * Reads the number starting at {@code i}, or returns null where none stands there.
	 */
	static Numeral parse(TextView v, int i) {
		return new NumeralReading(v, i).read();
	}

}
