package dev.briefing.report;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.Mention;

/**
 * A headline indicator in the report's week: its value, the previous comparable value and
 * the change, in the measure the overview shows them. The overview's table and its
 * sentences both read a figure from here, so they never disagree.
 *
 * @param name the label as managers read it, with the region when the figure is not the
 * zone's ({@code 中小企业生产指数（全国）})
 * @param unit the unit of the figures (the catalog's when the indicator has none)
 */
record HeadlineFigure(Indicator indicator, String name, Optional<Mention> current, Optional<Mention> previous,
		Unit unit, Measure measure) {

	static HeadlineFigure of(Indicator indicator, IndicatorValues values, IsoWeek week, BriefingConfig.Region region) {
		Optional<Mention> current = values.in(indicator.id(), week);
		Optional<Mention> previous = values.before(indicator.id(), week);
		Mention any = current.or(() -> previous).orElse(null);
		String where = any != null && IndicatorValues.regionRank(any.region(), region) >= 2 ? "（" + any.region() + "）"
				: "";
		Unit unit = any != null ? any.unit() : indicator.unit();
		Measure measure = Measure.of(unit, any != null ? any.counter() : null, current.map(Mention::value).orElse(null),
				previous.map(Mention::value).orElse(null));
		return new HeadlineFigure(indicator, indicator.label() + where, current, previous, unit, measure);
	}

	/** This week's value as shown. */
	double now() {
		return measure.shown(current.orElseThrow().value());
	}

	/** The previous value as shown. */
	double before() {
		return measure.shown(previous.orElseThrow().value());
	}

	boolean hasChange() {
		return current.isPresent() && previous.isPresent();
	}

	/**
	 * The change against the previous value, as shown: percentages in points, ranks in
	 * places, where a rank that falls in number has risen (第6 to 第5 is one place up).
	 */
	double change() {
		BigDecimal now = current.orElseThrow().value();
		BigDecimal then = previous.orElseThrow().value();
		return (unit == Unit.RANK ? then.subtract(now) : now.subtract(then)).doubleValue() / measure.divisor();
	}

	/** How the change is shown: a change of rank is a number of places. */
	Num changeNum() {
		return measure.num() == Num.RANK ? Num.INT : measure.num();
	}

	/**
	 * The change relative to the previous value; none for percentages, points and ranks,
	 * whose change is already the measure that matters, nor after a value of zero.
	 */
	OptionalDouble ratio() {
		if (!hasChange() || unit == Unit.PERCENT || unit == Unit.PERCENT_POINT || unit == Unit.RANK) {
			return OptionalDouble.empty();
		}
		double then = previous.get().value().doubleValue();
		return then == 0 ? OptionalDouble.empty()
				: OptionalDouble.of((current.get().value().doubleValue() - then) / then);
	}

}
