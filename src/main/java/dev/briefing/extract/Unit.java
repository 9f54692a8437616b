package dev.briefing.extract;

/** The unit of a quantity, as DESIGN.md names them; currencies by ISO code. */
public enum Unit {

	CNY, USD, HKD, EUR, JPY, GBP, AUD, CAD, CHF, KRW, TWD, RUB, THB, SGD, MOP, INR, NZD, PERCENT, PERCENT_POINT,
	BASIS_POINT, TIMES, INDEX, POINT, COUNT, YEAR, QUARTER, MONTH, DAY, RANK;

	public boolean isMoney() {
		return ordinal() <= NZD.ordinal();
	}

}
