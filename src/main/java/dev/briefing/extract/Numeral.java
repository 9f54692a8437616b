package dev.briefing.extract;

import java.math.BigDecimal;

/** A number read from the text: Arabic, Chinese or mixed, with its multipliers. */
final class Numeral {

	BigDecimal value;

	int start;

	int end;

	/** Holds Chinese numeral characters (一, 两, 十, 壹 …). */
	boolean chinese;

	/**
	 * Arabic digits only, no separator, decimal point or multiplier: a candidate year,
	 * code or list number.
	 */
	boolean plainInteger;

	/** 多, 余 or 几 stood inside ({@code 十多万}, {@code 500余万}). */
	boolean over;

	/** Exponent of a trailing multiplier (万 4, 亿 8, 千 3 …), 0 when none. */
	int multiplierExp;

	/** {@code 三五百}: the lower and the upper of two adjacent digits (3 and 5), else 0. */
	int pairLow;

	int pairHigh;

	/** The digits of a plain Arabic integer. */
	int digits;

	/** The value without its trailing multiplier ({@code 3万} → 3). */
	BigDecimal coefficient() {
		return multiplierExp == 0 ? value : value.movePointLeft(multiplierExp);
	}

}
