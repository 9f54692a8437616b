package dev.briefing.report;

import java.math.BigDecimal;

import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Num;

/**
 * How a figure is shown to a manager: money in 亿元 or 万元 as it reads best (Excel formats
 * can only divide by powers of 1,000, so the shown number is divided and the unit column
 * says which), percentages with at least one decimal, counts whole with thousands
 * separators, each with its unit in Chinese as the unit table ({@link Unit}) shows it.
 *
 * @param divisor what the stored value is divided by for display
 * @param unit the unit as managers read it ({@code 亿元}, {@code %}, {@code 家} …)
 * @param num the number format
 */
record Measure(double divisor, String unit, Num num) {

	/**
	 * The measure all the given values of one unit are shown in, chosen by the largest.
	 */
	static Measure of(Unit unit, String counter, BigDecimal... values) {
		double largest = 0;
		boolean whole = true;
		for (BigDecimal v : values) {
			if (v != null) {
				largest = Math.max(largest, Math.abs(v.doubleValue()));
			}
		}
		if (unit.isMoney()) {
			double divisor = largest >= 1e8 ? 1e8 : largest >= 1e4 ? 1e4 : 1;
			String prefix = divisor == 1e8 ? "亿" : divisor == 1e4 ? "万" : "";
			for (BigDecimal v : values) {
				whole &= v == null || isWhole(v.doubleValue() / divisor);
			}
			return new Measure(divisor, prefix + unit.shown(), whole ? Num.INT : Num.MONEY);
		}
		for (BigDecimal v : values) {
			whole &= v == null || isWhole(v.doubleValue());
		}
		return switch (unit.kind()) {
			case PERCENT -> new Measure(1, unit.shown(), Num.PERCENT);
			case PERCENT_POINT, TIMES, INDEX, POINT -> new Measure(1, unit.shown(), Num.DEC);
			case COUNT -> new Measure(1, counter == null || counter.isBlank() ? unit.shown() : counter,
					whole ? Num.INT : Num.DEC);
			case RANK -> new Measure(1, unit.shown(), Num.RANK);
			default -> new Measure(1, unit.shown(), whole ? Num.INT : Num.DEC);
		};
	}

	double shown(BigDecimal value) {
		return value.doubleValue() / divisor;
	}

	/**
	 * Chinese for the unit of a chart axis: {@code 亿元}, {@code %}, {@code 家}, or
	 * {@code 指数}.
	 */
	String axisLabel() {
		return unit.isEmpty() ? "指数" : unit;
	}

	/**
	 * The shown value with its unit, as a chart label reads it: {@code 165.88亿元},
	 * {@code 86.7%}.
	 */
	String label(double shown) {
		String digits = switch (num) {
			case INT, RANK -> String.format("%,.0f", shown);
			case MONEY -> String.format("%,.2f", shown);
			default -> trimZeros(String.format("%,.2f", shown));
		};
		return num == Num.RANK ? "第" + digits + unit : digits + unit;
	}

	/** The qualifier as managers read it. */
	static String qualifier(Qualifier q) {
		if (q == null) {
			return "";
		}
		return switch (q) {
			case EXACT -> "精确";
			case OVER -> "以上";
			case UNDER -> "以下";
			case APPROX -> "约";
			case RANGE -> "范围";
		};
	}

	private static String trimZeros(String s) {
		if (!s.contains(".")) {
			return s;
		}
		String t = s.replaceAll("0+$", "");
		return t.endsWith(".") ? t + "0" : t;
	}

	private static boolean isWhole(double d) {
		return Math.abs(d - Math.rint(d)) < 1e-9;
	}
}
