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
 * @param chart the workbook chart it is drawn in ({@code pipeline}, {@code bonds}), or null
 */
public record Indicator(String id, String label, Category category, Unit unit, List<String> triggers,
		boolean headline, String chart) {
}
