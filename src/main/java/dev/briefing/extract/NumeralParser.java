package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * Reads Arabic numbers ({@code 1,234.5}, {@code 82，225}), Chinese numerals ({@code 两千三百}, {@code 壹佰},
 * {@code 十九}, {@code 四点五}) and both mixed with multipliers ({@code 9.7万亿}, {@code 5亿1万4千},
 * {@code 3万4000}). One pass over the characters of the number; no backtracking.
 */
final class NumeralParser {

	/** Longer runs are codes or garbage, not quantities; the bound keeps every number's cost small. */
	static final int MAX_DIGITS = 30;

	private static final int MAX_LENGTH = 48;

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

	/** Exponent of a small unit (十 1, 百 2, 千 3) or a multiplier (万 4, 亿 8, 兆 12), else 0. */
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
		if (e == 1) {
			return true;
		}
		if (e == 2 || e == 3) {
			return isDigitChar(v.at(i + 1));
		}
		return false;
	}

	static boolean isDigitChar(char ch) {
		return isAsciiDigit(ch) || digit(ch) >= 0;
	}

	/** Reads the number starting at {@code i}, or returns null where none stands there. */
	static Numeral parse(TextView v, int i) {
		char[] c = v.c;
		int n = v.n;
		BigDecimal[] segVal = new BigDecimal[6];
		int[] segExp = new int[6];
		int segs = 0;
		BigDecimal small = BigDecimal.ZERO;
		BigDecimal cur = null;
		boolean curChineseDigit = false;
		boolean curPositional = false;
		BigDecimal fraction = null;
		int lastExp = 0;
		boolean afterZero = false;
		boolean any = false;
		Numeral num = new Numeral();
		num.start = i;
		int j = i;
		boolean onlyArabic = true;
		int trailingMultiplier = 0;
		while (j < n && j - i < MAX_LENGTH) {
			char ch = c[j];
			if (isAsciiDigit(ch)) {
				if (cur != null) {
					break;
				}
				if (any && absorbsNothing(v, j)) {
					break;
				}
				int k = j;
				StringBuilder sb = new StringBuilder(16);
				boolean separators = false;
				while (k < n) {
					char d = c[k];
					if (isAsciiDigit(d)) {
						sb.append(d);
						k++;
					}
					else if (d == ',' && group3(c, k + 1, n) && (v.original.charAt(v.orig[k]) == ','
							|| v.original.charAt(v.orig[k - 1]) >= '\uff10'
							|| k + 4 < n && (c[k + 4] == '.' || c[k + 4] == ','))) {
						separators = true;
						k++;
					}
					else {
						break;
					}
				}
				num.digits = sb.length();
				if (num.digits > MAX_DIGITS) {
					return null;
				}
				boolean decimal = false;
				if (k + 1 < n && c[k] == '.' && isAsciiDigit(c[k + 1])) {
					decimal = true;
					sb.append('.');
					k++;
					while (k < n && isAsciiDigit(c[k])) {
						sb.append(c[k++]);
					}
				}
				cur = new BigDecimal(sb.toString());
				curChineseDigit = false;
				curPositional = false;
				if (!separators && !decimal && !any) {
					num.plainInteger = true;
				}
				else {
					num.plainInteger = false;
				}
				j = k;
				if (j < n && (c[j] == 'k' || c[j] == 'K') && !TextView.isAsciiAlnum(v.at(j + 1)) && segs == 0
						&& small.signum() == 0) {
					segVal[segs] = cur.movePointRight(3);
					segExp[segs++] = 3;
					cur = null;
					onlyArabic = false;
					trailingMultiplier = 3;
					lastExp = 3;
					j++;
				}
				any = true;
				continue;
			}
			if (ch == '廿' && cur == null && !any) {
				small = BigDecimal.valueOf(20);
				lastExp = 1;
				trailingMultiplier = 1;
				any = true;
				onlyArabic = false;
				num.chinese = true;
				j++;
				continue;
			}
			int d = digit(ch);
			if (d >= 0) {
				onlyArabic = false;
				if (d == 0 && !curChineseDigit) {
					if (!any) {
						cur = BigDecimal.ZERO;
						curChineseDigit = true;
						any = true;
					}
					else {
						afterZero = true;
					}
					j++;
					continue;
				}
				if (cur != null) {
					if (!curChineseDigit) {
						break;
					}
					int next = j + 1 < n ? unitExp(c[j + 1]) : 0;
					if (!curPositional && next > 0 && d > cur.intValue() && cur.signum() > 0 && small.signum() == 0
							&& segs == 0) {
						num.pairLow = cur.intValue();
						num.pairHigh = d;
						cur = BigDecimal.valueOf(d);
					}
					else {
						cur = cur.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
						curPositional = true;
					}
				}
				else {
					cur = BigDecimal.valueOf(d);
					curChineseDigit = true;
				}
				num.chinese = true;
				any = true;
				j++;
				continue;
			}
			int e = unitExp(ch);
			if (e > 0 && e <= 3) {
				if (e == 3 && (v.startsWith(j, "千瓦") || v.startsWith(j, "千米") || v.startsWith(j, "千克")
						|| v.startsWith(j, "千伏") || v.startsWith(j, "千卡") || v.startsWith(j, "千分之"))) {
					break;
				}
				if (e == 2 && v.startsWith(j, "百分")) {
					break;
				}
				if (curPositional) {
					break;
				}
				if (cur == null && e > 1 && !any && !isDigitChar(v.at(j + 1))) {
					break;
				}
				BigDecimal k = cur == null || cur.signum() == 0 ? BigDecimal.ONE : cur;
				small = small.add(k.movePointRight(e));
				cur = null;
				curChineseDigit = false;
				lastExp = e;
				afterZero = false;
				any = true;
				onlyArabic = false;
				num.chinese = true;
				trailingMultiplier = e;
				j++;
				continue;
			}
			if (e >= 4) {
				if (!any) {
					break;
				}
				if (curPositional) {
					break;
				}
				BigDecimal x = small.add(cur == null ? BigDecimal.ZERO : cur);
				int maxExp = 0;
				while (segs > 0 && segExp[segs - 1] <= e) {
					x = x.add(segVal[segs - 1]);
					maxExp = Math.max(maxExp, segExp[segs - 1]);
					segs--;
				}
				if (x.signum() == 0 && fraction == null) {
					break;
				}
				if (fraction != null && cur == null && small.signum() == 0) {
					x = x.add(fraction);
					fraction = null;
				}
				if (segs == segVal.length) {
					break;
				}
				segVal[segs] = x.movePointRight(e);
				segExp[segs] = e + maxExp;
				segs++;
				small = BigDecimal.ZERO;
				cur = null;
				curChineseDigit = false;
				lastExp = e;
				afterZero = false;
				onlyArabic = false;
				trailingMultiplier = e + maxExp;
				j++;
				continue;
			}
			if ((ch == '多' || ch == '余' || ch == '几' || ch == '来') && any && j + 1 < n) {
				int next = unitExp(c[j + 1]);
				if (next >= 4 || next >= 1 && cur != null && cur.signum() > 0 && small.signum() == 0 && segs == 0
						&& isDigitChar(v.at(j + 2)) == false && next > 1) {
					num.over = true;
					if (cur != null && curChineseDigit && lastExp > 0 && !afterZero) {
						cur = cur.movePointRight(lastExp - 1);
						curChineseDigit = false;
					}
					j++;
					continue;
				}
				if (next == 0 && ch == '几' && (c[j + 1] == '万' || c[j + 1] == '亿')) {
					j++;
					continue;
				}
				break;
			}
			if (ch == '个' && any && j + 1 < n && (c[j + 1] == '亿' || c[j + 1] == '万') && segs == 0
					&& small.signum() == 0 && cur != null) {
				j++;
				continue;
			}
			if (ch == '点' && any && j + 1 < n && isDigitChar(c[j + 1]) && fraction == null) {
				if (cur != null && curChineseDigit && lastExp > 0 && !afterZero) {
					cur = cur.movePointRight(lastExp - 1);
				}
				int k = j + 1;
				StringBuilder sb = new StringBuilder("0.");
				while (k < n) {
					char fc = c[k];
					if (isAsciiDigit(fc)) {
						sb.append(fc);
					}
					else if (digit(fc) >= 0) {
						sb.append((char) ('0' + digit(fc)));
					}
					else {
						break;
					}
					k++;
				}
				BigDecimal f = new BigDecimal(sb.toString());
				if (cur != null) {
					cur = cur.add(f);
				}
				else {
					fraction = f;
				}
				curChineseDigit = false;
				onlyArabic = false;
				num.chinese = true;
				num.plainInteger = false;
				j = k;
				continue;
			}
			break;
		}
		if (!any || j == i) {
			return null;
		}
		if (cur != null && curChineseDigit && !curPositional && lastExp > 0 && !afterZero && cur.compareTo(BigDecimal.TEN) < 0) {
			cur = cur.movePointRight(lastExp - 1);
			trailingMultiplier = 0;
		}
		else if (cur != null) {
			trailingMultiplier = 0;
		}
		BigDecimal total = small.add(cur == null ? BigDecimal.ZERO : cur);
		for (int k = 0; k < segs; k++) {
			total = total.add(segVal[k]);
		}
		if (fraction != null) {
			total = total.add(fraction);
		}
		if (!onlyArabic || trailingMultiplier > 0) {
			num.plainInteger = false;
		}
		num.value = total;
		num.end = j;
		num.multiplierExp = trailingMultiplier;
		return num;
	}

	/** After a multiplier, Arabic digits that start a date ({@code 3亿2024年}) are not part of the number. */
	private static boolean absorbsNothing(TextView v, int j) {
		int k = j;
		while (k < v.n && isAsciiDigit(v.c[k])) {
			k++;
		}
		char after = v.at(k);
		return after == '年' || after == '月' || after == '日' || after == '号' || after == '时' || after == '.'
				|| after == '-' || after == '/';
	}

	private static boolean group3(char[] c, int k, int n) {
		if (k + 3 > n) {
			return false;
		}
		for (int m = k; m < k + 3; m++) {
			if (!isAsciiDigit(c[m])) {
				return false;
			}
		}
		return k + 3 == n || !isAsciiDigit(c[k + 3]);
	}
}
