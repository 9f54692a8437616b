package dev.briefing.extract;

/** The unit of a quantity, as DESIGN.md names them; currencies by ISO code. */
public enum Unit {
	CNY, USD, HKD, EUR, JPY, GBP,
	PERCENT, PERCENT_POINT, BASIS_POINT, TIMES, INDEX, POINT, COUNT,
	YEAR, QUARTER, MONTH, DAY, RANK;

	public boolean isMoney() {
		return ordinal() <= GBP.ordinal();
	}
}
