package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * One pass over the characters of one number. Chinese numerals are summed the usual way:
 * digits times small units (十 百 千) make a section; a multiplier (万 亿 兆) multiplies
 * everything of lower order before it, so {@code 五兆六十二亿四万} and {@code 3千万亿} both come out
 * right. A lone digit after a unit is abbreviated ({@code 两千六} is 2600, {@code 一万三} is
 * 13000) unless 零 stood before it.
 */
final class NumeralReading {

	private static final int MAX_LENGTH = 48;

	private final TextView v;

	private final char[] c;

	private final int n;

	private final int i;

	private final Numeral num = new Numeral();

	private final BigDecimal[] segVal = new BigDecimal[6];

	private final int[] segExp = new int[6];

	private int segs;

	private BigDecimal small = BigDecimal.ZERO;

	private BigDecimal cur;

	private boolean curChineseDigit;

	private boolean curPositional;

	private BigDecimal fraction;

	private int lastExp;

	private boolean afterZero;

	private boolean any;

	private boolean onlyArabic = true;

	private int trailingMultiplier;

	private int j;

	private boolean tooLong;

	NumeralReading(TextView v, int i) {
		this.v = v;
		this.c = v.c;
		this.n = v.n;
		this.i = i;
		this.j = i;
		num.start = i;
		if (NumeralParser.bareOrder(v, i)) {
			cur = BigDecimal.ONE;
			curChineseDigit = false;
			any = true;
			num.chinese = true;
			onlyArabic = false;
		}
	}

	Numeral read() {
		while (j < n && j - i < MAX_LENGTH && step(c[j])) {
			// each step consumes what it reads
		}
		if (tooLong || !any || j == i) {
			return null;
		}
		return finish();
	}

	private boolean step(char ch) {
		if (NumeralParser.isAsciiDigit(ch)) {
			return arabic();
		}
		if (ch == '廿' && cur == null && !any) {
			small = BigDecimal.valueOf(20);
			lastExp = 1;
			trailingMultiplier = 1;
			any = true;
			onlyArabic = false;
			num.chinese = true;
			j++;
			return true;
		}
		int d = NumeralParser.digit(ch);
		if (d >= 0) {
			return chineseDigit(d);
		}
		int e = NumeralParser.unitExp(ch);
		if (e > 0 && e <= 3) {
			return smallUnit(e);
		}
		if (e >= 4) {
			return multiplier(e);
		}
		if ((ch == '多' || ch == '余' || ch == '几' || ch == '来') && any && j + 1 < n
				&& !CurrencyNames.nameStartsAt(v, j)) {
			return vague(ch);
		}
		if (ch == '个' && any && j + 1 < n && (c[j + 1] == '亿' || c[j + 1] == '万') && segs == 0 && small.signum() == 0
				&& cur != null) {
			j++;
			return true;
		}
		if (ch == '点' && any && j + 1 < n && NumeralParser.isDigitChar(c[j + 1]) && fraction == null) {
			return decimals();
		}
		return false;
	}

	/** Arabic digits with thousands separators, a decimal part, a Latin k. */
	private boolean arabic() {
		if (cur != null || any && absorbsNothing()) {
			return false;
		}
		int k = j;
		StringBuilder sb = new StringBuilder(16);
		boolean separators = false;
		while (k < n) {
			char d = c[k];
			if (NumeralParser.isAsciiDigit(d)) {
				sb.append(d);
				k++;
			}
			else if (d == ',' && group3(k + 1)
					&& (v.original.charAt(v.orig[k]) == ',' || v.original.charAt(v.orig[k - 1]) >= '\uff10'
							|| k + 4 < n && (c[k + 4] == '.' || c[k + 4] == ','))) {
				// ASCII commas group digits; a full-width one only inside full-width
				// digits or before more groups
				separators = true;
				k++;
			}
			else {
				break;
			}
		}
		num.digits = sb.length();
		if (num.digits > NumeralParser.MAX_DIGITS) {
			tooLong = true;
			return false;
		}
		boolean decimal = false;
		if (k + 1 < n && c[k] == '.' && NumeralParser.isAsciiDigit(c[k + 1])) {
			decimal = true;
			sb.append('.');
			k++;
			while (k < n && NumeralParser.isAsciiDigit(c[k])) {
				sb.append(c[k++]);
			}
		}
		cur = new BigDecimal(sb.toString());
		curChineseDigit = false;
		curPositional = false;
		num.plainInteger = !separators && !decimal && !any;
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
		return true;
	}

	private boolean chineseDigit(int d) {
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
			return true;
		}
		if (cur != null) {
			if (!curChineseDigit) {
				return false;
			}
			int next = j + 1 < n ? NumeralParser.unitExp(c[j + 1]) : 0;
			if (!curPositional && next > 0 && d > cur.intValue() && cur.signum() > 0 && small.signum() == 0
					&& segs == 0) {
				// 三五百: three to five hundred
				num.pairLow = cur.intValue();
				num.pairHigh = d;
				cur = BigDecimal.valueOf(d);
			}
			else {
				// 一七二零, 二〇二四: digit by digit
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
		return true;
	}

	/** 十, 百, 千 (and their capital forms). */
	private boolean smallUnit(int e) {
		if (e == 3 && (v.startsWith(j, "千瓦") || v.startsWith(j, "千米") || v.startsWith(j, "千克") || v.startsWith(j, "千伏")
				|| v.startsWith(j, "千卡") || v.startsWith(j, "千分之")) || e == 2 && v.startsWith(j, "百分")) {
			return false;
		}
		if (curPositional || cur == null && e > 1 && !any && !NumeralParser.isDigitChar(v.at(j + 1))) {
			return false;
		}
		if (e == 2 && any && CurrencyNames.nameStartsAt(v, j)) {
			// 5000万百慕大元
			return false;
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
		return true;
	}

	/** 万, 亿, 兆: multiplies everything of lower order read so far. */
	private boolean multiplier(int e) {
		if (!any || curPositional) {
			return false;
		}
		BigDecimal x = small.add(cur == null ? BigDecimal.ZERO : cur);
		int maxExp = 0;
		int s = segs;
		while (s > 0 && segExp[s - 1] <= e) {
			x = x.add(segVal[s - 1]);
			maxExp = Math.max(maxExp, segExp[s - 1]);
			s--;
		}
		if (x.signum() == 0 && fraction == null || s == segVal.length) {
			return false;
		}
		segs = s;
		if (fraction != null && cur == null && small.signum() == 0) {
			x = x.add(fraction);
			fraction = null;
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
		return true;
	}

	/** 十多万, 500余万, 二十几万: more than the figure before a multiplier. */
	private boolean vague(char ch) {
		int next = NumeralParser.unitExp(c[j + 1]);
		if (next >= 4) {
			num.over = true;
			abbreviate();
			j++;
			return true;
		}
		return false;
	}

	/** 点 and the digits after it. */
	private boolean decimals() {
		abbreviate();
		int k = j + 1;
		StringBuilder sb = new StringBuilder("0.");
		while (k < n) {
			char fc = c[k];
			if (NumeralParser.isAsciiDigit(fc)) {
				sb.append(fc);
			}
			else if (NumeralParser.digit(fc) >= 0) {
				sb.append((char) ('0' + NumeralParser.digit(fc)));
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
		return true;
	}

	/** 两千六 is 2600: a lone digit after a unit stands for the next lower order. */
	private void abbreviate() {
		if (cur != null && curChineseDigit && !curPositional && lastExp > 0 && !afterZero
				&& cur.compareTo(BigDecimal.TEN) < 0) {
			cur = cur.movePointRight(lastExp - 1);
			curChineseDigit = false;
		}
	}

	private Numeral finish() {
		if (cur != null && curChineseDigit && !curPositional && lastExp > 0 && !afterZero
				&& cur.compareTo(BigDecimal.TEN) < 0) {
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

	/**
	 * After a multiplier, Arabic digits that start a date ({@code 3亿2024年}) are not part
	 * of the number.
	 */
	private boolean absorbsNothing() {
		int k = j;
		while (k < n && NumeralParser.isAsciiDigit(c[k])) {
			k++;
		}
		char after = v.at(k);
		return after == '年' || after == '月' || after == '日' || after == '号' || after == '时' || after == '.'
				|| after == '-' || after == '/';
	}

	private boolean group3(int k) {
		if (k + 3 > n) {
			return false;
		}
		for (int m = k; m < k + 3; m++) {
			if (!NumeralParser.isAsciiDigit(c[m])) {
				return false;
			}
		}
		return k + 3 == n || !NumeralParser.isAsciiDigit(c[k + 3]);
	}

}
