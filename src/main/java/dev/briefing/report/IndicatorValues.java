package dev.briefing.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.WeekData.Mention;

/**
 * The value of each catalog indicator in each week. When a week mentions an indicator several times,
 * its value is the mention that speaks most for the zone: the zone's own region first (the zone or one of
 * its aliases, then no region given, then the city, then the province, then anything else), then the
 * latest publication date, then the latest period, then the first mention in reading order (a total is
 * written before its parts).
 */
final class IndicatorValues {

	private final Map<String, NavigableMap<IsoWeek, Mention>> byIndicator = new HashMap<>();

	private final Comparator<Mention> best;

	IndicatorValues(BriefingConfig.Region region) {
		this.best = Comparator.<Mention>comparingInt(m -> regionRank(m.region(), region))
			.thenComparing(Mention::published, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
			.thenComparing(Mention::period, Comparator.nullsLast(Comparator.<String>reverseOrder()))
			.thenComparingLong(Mention::id);
	}

	IndicatorValues(List<Mention> history, BriefingConfig.Region region) {
		this(region);
		history.forEach(this::add);
	}

	/** Takes a mention in; only the best of each indicator and week is kept. */
	void add(Mention m) {
		if (m.indicator() == null || m.value() == null || m.unit() == null || m.week() == null) {
			return;
		}
		byIndicator.computeIfAbsent(m.indicator(), k -> new TreeMap<>())
			.merge(m.week(), m, (a, b) -> best.compare(a, b) <= 0 ? a : b);
	}

	/** The indicator's value in the week. */
	Optional<Mention> in(String indicator, IsoWeek week) {
		return Optional.ofNullable(series(indicator).get(week));
	}

	/** The value of the most recent week before {@code week} that has one. */
	Optional<Mention> before(String indicator, IsoWeek week) {
		return Optional.ofNullable(series(indicator).lowerEntry(week)).map(Map.Entry::getValue);
	}

	/** The indicator's value by week, oldest first. */
	NavigableMap<IsoWeek, Mention> series(String indicator) {
		return byIndicator.getOrDefault(indicator, new TreeMap<>());
	}

	static int regionRank(String text, BriefingConfig.Region region) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		if (region == null) {
			return 4;
		}
		if (has(text, region.zone()) || (region.zoneAliases() != null
				&& region.zoneAliases().stream().anyMatch(alias -> has(text, alias)))) {
			return 0;
		}
		if (has(text, region.city())) {
			return 2;
		}
		return has(text, region.province()) ? 3 : 4;
	}

	private static boolean has(String text, String name) {
		return name != null && !name.isBlank() && text.contains(name);
	}
}
