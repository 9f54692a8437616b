package dev.briefing.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the periods a sentence names ({@code 截至11月20日}, {@code 10月}, {@code 前三季度},
 * {@code 1-10月}, {@code 上半年}, {@code 去年}, {@code 2024年末}) and resolves them against the
 * article's reference date to {@code 2024}, {@code 2024-H1}, {@code 2024-Q3},
 * {@code 2024-10}, {@code 2024-W47}, {@code 2024-11-20} or a span {@code A..B}. A period
 * that is only a base of comparison ({@code 比上年同期}, {@code 较年初}) is marked as such, and
 * so is a deadline ({@code 力争11月底前}), which lies ahead and holds for its own sentence
 * only. {@code 当月} and {@code 当年} refer back to the month or year named last
 * ({@code 10月份当月}).
 */
final class PeriodReader {

	/**
	 * A period named in the text.
	 *
	 * @param leading it opens a clause ({@code 1-10月，…}, {@code 截至…}), the way a period
	 * is set for what follows, not one in passing ({@code 2022年部分减税政策})
	 * @param deadline a time by which something is to be done ({@code 11月底前}), not a time
	 * reported on
	 */
	record Found(int start, int end, String period, boolean comparison, boolean leading, boolean deadline) {
	}

	/** How far back (in characters) 当月 or 当年 looks for the month or year it refers to. */
	private static final int ANAPHORA_REACH = 200;

	private static final boolean[] STARTS = new boolean[65536];

	private static final String[][] NONE = {};

	private static final String[][] RELATIVE_YEARS = WordLists.pairs("relative-years");

	private static final String[][] RELATIVE_DAYS = WordLists.pairs("relative-days");

	private static final String YEAR_STARTS = WordLists.firstChars(RELATIVE_YEARS);

	private static final String DAY_STARTS = WordLists.firstChars(RELATIVE_DAYS);

	static {
		for (char ch : ("截到今去上下明本全当前第一二三四昨目年0123456789" + YEAR_STARTS + DAY_STARTS).toCharArray()) {
			STARTS[ch] = true;
		}
	}

	private PeriodReader() {
	}

	/**
	 * The periods named in {@code [from, to)}; {@code earlier} are those found before
	 * {@code from}, which {@code 当月} and {@code 当年} may refer to.
	 */
	static List<Found> read(TextView v, int from, int to, LocalDate ref, List<Found> earlier) {
		List<Found> out = new ArrayList<>();
		int p = from;
		while (p < to) {
			Found f = at(v, p, to, ref);
			if (f != null && f.deadline() && ref != null && !hasYear(v, f) && f.period() != null
					&& f.period().startsWith(String.valueOf(ref.getYear() - 1))) {
				// a deadline lies ahead: 11月底前 written in October is this year's November
				f = at(v, p, to, LocalDate.of(ref.getYear(), 12, 31));
			}
			if (f != null && (v.startsWith(f.start(), "当月") || v.startsWith(f.start(), "当年"))) {
				f = referBack(v, f, out, earlier);
			}
			if (f != null) {
				out.add(f);
				p = Math.max(f.end(), p + 1);
			}
			else {
				p++;
			}
		}
		return out;
	}

	private static Found at(TextView v, int p, int to, LocalDate ref) {
		char ch = v.c[p];
		if (!STARTS[ch]) {
			return null;
		}
		if (p > 0 && NumeralParser.isAsciiDigit(v.c[p - 1])) {
			return null;
		}
		int k = p;
		boolean asOf = false;
		if (v.startsWith(k, "截至") || v.startsWith(k, "截止")) {
			asOf = true;
			k += 2;
			if (v.at(k) == '到') {
				k++;
			}
			if (v.startsWith(k, "目前")) {
				return found(v, p, k + 2, ref == null ? null : ref.toString());
			}
		}
		Integer year = null;
		int y = PeriodWords.digits(v, k, 4);
		if (y >= 1900 && y <= 2100 && v.at(k + 4) == '年') {
			year = y;
			k += 5;
		}
		else if (ref != null) {
			int refYear = ref.getYear();
			for (String[] r : YEAR_STARTS.indexOf(v.at(k)) >= 0 ? RELATIVE_YEARS : NONE) {
				if (v.startsWith(k, r[0])) {
					year = refYear + Integer.parseInt(r[1]);
					k += r[0].length();
					break;
				}
			}
		}
		int yearEnd = k;
		String inner = null;
		int innerEnd = k;
		int base = year != null ? year : ref != null ? ref.getYear() : 0;
		boolean yearGiven = year != null;
		// halves and quarters
		if (v.startsWith(k, "上半年")) {
			inner = pick(ref, yearGiven, base, 1, 6, b -> b + "-H1");
			innerEnd = k + 3;
		}
		else if (v.startsWith(k, "下半年")) {
			inner = pick(ref, yearGiven, base, 7, 12, b -> b + "-H2");
			innerEnd = k + 3;
		}
		else if (v.startsWith(k, "前三季度") || v.startsWith(k, "前3季度")) {
			inner = pick(ref, yearGiven, base, 1, 9, b -> b + "-Q1.." + b + "-Q3");
			innerEnd = k + 4;
		}
		else if (v.startsWith(k, "前两季度") || v.startsWith(k, "前二季度")) {
			inner = pick(ref, yearGiven, base, 1, 6, b -> b + "-Q1.." + b + "-Q2");
			innerEnd = k + 4;
		}
		else {
			int q = PeriodWords.quarter(v, k);
			if (q > 0) {
				int len = v.at(k) == '第' ? 4 : 3;
				int qq = q;
				if (v.at(k + len) == '末' || v.at(k + len) == '底') {
					// 三季度末: as of the quarter's last day
					String endDay = pick(ref, yearGiven, base, q * 3 - 2, q * 3,
							b -> YearMonth.of(b, qq * 3).atEndOfMonth().toString());
					return found(v, p, k + len + 1, endDay);
				}
				inner = pick(ref, yearGiven, base, q * 3 - 2, q * 3, b -> b + "-Q" + qq);
				innerEnd = k + len;
			}
		}
		if (inner == null && v.at(k) == '第') {
			int w = PeriodWords.weekNumber(v, k + 1);
			if (w > 0) {
				int len = w >= 10 ? 2 : 1;
				if (v.startsWith(k + 1 + len, "周")) {
					int yy = yearGiven ? base : ref == null ? 0 : ref.get(IsoFields.WEEK_BASED_YEAR);
					return found(v, p, k + 2 + len, yy == 0 ? null : String.format("%d-W%02d", yy, w));
				}
			}
		}
		if (inner == null) {
			int[] months = PeriodWords.months(v, k);
			if (months != null) {
				int m1 = months[0];
				int m2 = months[1];
				int end = months[2];
				if (m2 == 0 && NumeralParser.isAsciiDigit(v.at(end)) || m2 == 0 && PeriodWords.dayAfter(v, end) > 0) {
					int d = PeriodWords.dayAfter(v, end);
					if (d > 0) {
						int dEnd = end + String.valueOf(d).length() + 1;
						int yy = resolveYear(ref, yearGiven, base, m1);
						String day = yy == 0 || !validDay(yy, m1, d) ? null : LocalDate.of(yy, m1, d).toString();
						return found(v, p, dEnd, day);
					}
				}
				if (m2 == 0 && (v.at(end) == '末' || v.at(end) == '底' || asOf)) {
					int yy = resolveYear(ref, yearGiven, base, m1);
					int e = v.at(end) == '末' || v.at(end) == '底' ? end + 1 : end;
					return found(v, p, e, yy == 0 ? null : YearMonth.of(yy, m1).atEndOfMonth().toString());
				}
				if (m2 == 0) {
					int yy = resolveYear(ref, yearGiven, base, m1);
					return found(v, p, end, yy == 0 ? null : String.format("%d-%02d", yy, m1));
				}
				int yy = resolveYear(ref, yearGiven, base, m1);
				return found(v, p, end, yy == 0 ? null : String.format("%d-%02d..%d-%02d", yy, m1, yy, m2));
			}
			int firstMonths = PeriodWords.firstMonths(v, k);
			if (firstMonths > 0) {
				int len = firstMonths >= 10 ? 6 : 5;
				if (!NumeralParser.isAsciiDigit(v.at(k + 1))) {
					len = v.at(k + 2) == '个' ? 5 : 4;
				}
				inner = pick(ref, yearGiven, base, 1, firstMonths,
						b -> String.format("%d-01..%d-%02d", b, b, firstMonths));
				innerEnd = k + len;
			}
		}
		if (inner == null && year != null) {
			if (v.startsWith(yearEnd, "末") || v.startsWith(yearEnd, "底")) {
				return found(v, p, yearEnd + 1, year + "-12-31");
			}
			if (v.startsWith(yearEnd, "年末") || v.startsWith(yearEnd, "年底")) {
				return found(v, p, yearEnd + 2, year + "-12-31");
			}
			return found(v, p, yearEnd, String.valueOf(year));
		}
		if (inner != null) {
			return found(v, p, innerEnd, inner);
		}
		if (ref == null) {
			return null;
		}
		if (year == null) {
			Found day = bareDay(v, p, k, ref);
			if (day != null) {
				return day;
			}
		}
		for (String[] w : DAY_STARTS.indexOf(v.at(k)) >= 0 ? RELATIVE_DAYS : NONE) {
			if (v.startsWith(k, w[0])) {
				return found(v, p, k + w[0].length(), relative(ref, w[1]));
			}
		}
		return null;
	}

	/**
	 * 我省21日发行…: a day of the month without its month is the last such day up to the
	 * reference date.
	 */
	private static Found bareDay(TextView v, int p, int k, LocalDate ref) {
		int d = PeriodWords.dayAfter(v, k);
		int end = k + (NumeralParser.isAsciiDigit(v.at(k + 1)) ? 3 : 2);
		if (d < 1 || d > 31 || v.at(end - 1) != '日' || "月每近前后隔第个约".indexOf(v.at(p - 1)) >= 0) {
			// 7号线 is a line, not a day
			return null;
		}
		if (v.at(end) == '内' || v.startsWith(end, "以内") || v.startsWith(end, "之内")) {
			return null;
		}
		YearMonth month = YearMonth.from(ref);
		if (d > ref.getDayOfMonth()) {
			month = month.minusMonths(1);
		}
		return d > month.lengthOfMonth() ? null : found(v, p, end, month.atDay(d).toString());
	}

	private static boolean hasYear(TextView v, Found f) {
		for (int k = f.start(); k < f.end(); k++) {
			if (v.c[k] == '年') {
				return true;
			}
		}
		return false;
	}

	/**
	 * 当月 and 当年 take the month or the year of the period named last, not far before them.
	 */
	private static Found referBack(TextView v, Found f, List<Found> current, List<Found> earlier) {
		boolean month = v.at(f.start() + 1) == '月';
		for (List<Found> list : List.of(current, earlier)) {
			for (int k = list.size() - 1; k >= 0; k--) {
				Found e = list.get(k);
				if (f.start() - e.end() > ANAPHORA_REACH) {
					return f;
				}
				String p = e.period();
				if (p == null || e.comparison() || p.contains("..")) {
					continue;
				}
				if (month && p.length() >= 7 && p.charAt(4) == '-' && Character.isDigit(p.charAt(5))) {
					return new Found(f.start(), f.end(), p.substring(0, 7), f.comparison(), f.leading(), f.deadline());
				}
				if (!month && p.length() >= 4) {
					return new Found(f.start(), f.end(), p.substring(0, 4), f.comparison(), f.leading(), f.deadline());
				}
			}
		}
		return f;
	}

	private static String relative(LocalDate ref, String code) {
		return switch (code) {
			case "m-1" -> YearMonth.from(ref).minusMonths(1).toString();
			case "m0" -> YearMonth.from(ref).toString();
			case "w-1" -> week(ref.minusWeeks(1));
			case "w0" -> week(ref);
			case "d-1" -> ref.minusDays(1).toString();
			case "ye" -> ref.getYear() + "-12-31";
			default -> ref.toString();
		};
	}

	private static String week(LocalDate d) {
		return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static Found found(TextView v, int start, int end, String period) {
		boolean comparison = false;
		char before = v.at(start - 1);
		char before2 = v.at(start - 2);
		if (before == '比' || before == '较' || before == '与' || before == '同' && before2 == '比' || before == '于') {
			comparison = true;
		}
		if (v.startsWith(end, "同期") || v.startsWith(end, "相比") || v.startsWith(end, "持平") || v.startsWith(end, "的水平")) {
			comparison = true;
		}
		boolean leading = Bounds.endsClause(before) || before == '\0' || before == '(' || before == '“' || before == '在'
				|| before == '于' || before == ')' || v.startsWith(start, "截") || v.at(end) == ','
				|| v.startsWith(end, "以来") || v.startsWith(end, "上半年") || v.startsWith(end, "前");
		boolean deadline = v.at(end) == '前' || (v.at(end) == '底' || v.at(end) == '末') && v.at(end + 1) == '前';
		return new Found(start, end, period, comparison, leading, deadline);
	}

	private interface YearFormat {

		String of(int year);

	}

	/**
	 * The year of a period without one: the reference year, or the one before if the
	 * period lies ahead.
	 */
	private static String pick(LocalDate ref, boolean yearGiven, int base, int firstMonth, int lastMonth,
			YearFormat f) {
		if (!yearGiven && ref == null) {
			return null;
		}
		int y = resolveYear(ref, yearGiven, base, firstMonth);
		return f.of(y);
	}

	private static int resolveYear(LocalDate ref, boolean yearGiven, int base, int firstMonth) {
		if (yearGiven) {
			return base;
		}
		if (ref == null) {
			return 0;
		}
		return firstMonth > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear();
	}

	private static boolean validDay(int y, int m, int d) {
		return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
	}

}
