package dev.briefing.extract;

import java.util.List;

/**
 * An entry of the indicator catalog ({@code job-configs/indicators.yml}).
 *
 * @param id stable id such as {@code financing.visit_coverage}
 * @param label the Chinese label managers read
 * @param category the category its figures belong to
 * @param unit the unit its figures must have to match
 * @param triggers words of which one must stand near the figure for it to match
 * @param headline whether the overview shows it with its change against earlier weeks
 * @param chart the workbook chart it is drawn in ({@code pipeline}, {@code bonds}), or
 * null
 * @param exclude words that, standing in the figure's clause, stop a match ({@code 同比}
 * for a balance)
 * @param counter for {@link Unit#COUNT}: the measure word the figure must have
 * ({@code 家}), or null for any
 * @param alsoUnits further units that match ({@code INDEX} beside {@code PERCENT} for an
 * index)
 */
public record Indicator(String id, String label, Category category, Unit unit, List<String> triggers, boolean headline,
		String chart, List<String> exclude, String counter, List<Unit> alsoUnits) {

	public Indicator {
		triggers = triggers == null ? List.of() : List.copyOf(triggers);
		exclude = exclude == null ? List.of() : List.copyOf(exclude);
		alsoUnits = alsoUnits == null ? List.of() : List.copyOf(alsoUnits);
	}

	public Indicator(String id, String label, Category category, Unit unit, List<String> triggers, boolean headline,
			String chart) {
		this(id, label, category, unit, triggers, headline, chart, List.of(), null, List.of());
	}

	/** Whether a figure of this unit and measure word can be this indicator. */
	public boolean accepts(Unit figureUnit, String figureCounter) {
		boolean unitOk = figureUnit == unit || alsoUnits.contains(figureUnit) || unit.isMoney() && figureUnit.isMoney();
		if (!unitOk) {
			return false;
		}
		return counter == null || figureUnit != Unit.COUNT || counter.equals(figureCounter);
	}
}
