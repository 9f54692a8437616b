package dev.briefing.extract;

/**
 * The small words periods are made of: months (10月, 1-10月, 十月), quarters, days, weeks,
 * 前N个月.
 */
final class PeriodWords {

	private PeriodWords() {
	}

	/** 一季度, 第三季度, 3季度, Q3 → the quarter, else 0. */
	static int quarter(TextView v, int k) {
		int p = v.at(k) == '第' ? k + 1 : k;
		int q = NumeralParser.digit(v.at(p));
		if (q < 0 && v.at(p) >= '1' && v.at(p) <= '4') {
			q = v.at(p) - '0';
		}
		if (q >= 1 && q <= 4 && v.startsWith(p + 1, "季度")) {
			return q;
		}
		return 0;
	}

	/** 前10个月, 前三个月 → the last month, else 0. */
	static int firstMonths(TextView v, int k) {
		if (v.at(k) != '前') {
			return 0;
		}
		int m;
		int p = k + 1;
		if (NumeralParser.isAsciiDigit(v.at(p))) {
			m = digits(v, p, NumeralParser.isAsciiDigit(v.at(p + 1)) ? 2 : 1);
			p += m >= 10 ? 2 : 1;
		}
		else {
			m = NumeralParser.digit(v.at(p));
			if (v.at(p) == '十') {
				m = 10;
			}
			p++;
		}
		if (m >= 1 && m <= 12 && v.startsWith(p, "个月")) {
			return m;
		}
		return 0;
	}

	/** 10月, 10月份, 1-10月, 1至10月, 十月 → {first, last or 0, end}, else null. */
	static int[] months(TextView v, int k) {
		int[] a = month(v, k);
		if (a == null) {
			return null;
		}
		int end = a[1];
		char next = v.at(end);
		if (next == '月') {
			if (v.at(end + 1) == '份') {
				return new int[] { a[0], 0, end + 2 };
			}
			return new int[] { a[0], 0, end + 1 };
		}
		if (next == '-' || next == '至' || next == '—' || next == '~' || next == '到') {
			int[] b = month(v, end + 1);
			if (b != null && v.at(b[1]) == '月' && b[0] > a[0]) {
				int e = b[1] + 1;
				if (v.at(e) == '份') {
					e++;
				}
				return new int[] { a[0], b[0], e };
			}
		}
		return null;
	}

	static int[] month(TextView v, int k) {
		char ch = v.at(k);
		if (NumeralParser.isAsciiDigit(ch)) {
			if (NumeralParser.isAsciiDigit(v.at(k + 1))) {
				if (NumeralParser.isAsciiDigit(v.at(k + 2))) {
					return null;
				}
				int m = digits(v, k, 2);
				return m >= 1 && m <= 12 ? new int[] { m, k + 2 } : null;
			}
			return ch == '0' ? null : new int[] { ch - '0', k + 1 };
		}
		if (ch == '十') {
			int d = NumeralParser.digit(v.at(k + 1));
			if (d == 1 || d == 2) {
				return new int[] { 10 + d, k + 2 };
			}
			return new int[] { 10, k + 1 };
		}
		int d = NumeralParser.digit(ch);
		if (d >= 1 && d <= 9 && ch != '两' && ch != '壹') {
			return new int[] { d, k + 1 };
		}
		return null;
	}

	static int weekNumber(TextView v, int k) {
		int len = NumeralParser.isAsciiDigit(v.at(k + 1)) ? 2 : 1;
		int w = digits(v, k, len);
		return w >= 1 && w <= 53 ? w : 0;
	}

	static int dayAfter(TextView v, int end) {
		int k = end;
		if (!NumeralParser.isAsciiDigit(v.at(k))) {
			return 0;
		}
		int len = NumeralParser.isAsciiDigit(v.at(k + 1)) ? 2 : 1;
		int d = digits(v, k, len);
		char after = v.at(k + len);
		return after == '日' || after == '号' ? d : 0;
	}

	static int digits(TextView v, int k, int len) {
		int x = 0;
		for (int i = 0; i < len; i++) {
			char ch = v.at(k + i);
			if (!NumeralParser.isAsciiDigit(ch)) {
				return -1;
			}
			x = x * 10 + (ch - '0');
		}
		return x;
	}

}
