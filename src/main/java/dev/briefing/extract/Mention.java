package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * A quantity found by the scanner, before context is read: offsets into the
 * {@link TextView}.
 *
 * @param numberStart where the number itself starts (after a left qualifier)
 */
record Mention(int start, int end, int numberStart, BigDecimal value, BigDecimal valueMax, Unit unit, String counter,
		Qualifier qualifier, String direction) {
}
