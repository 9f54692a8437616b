package dev.briefing.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.Qualifier;
import dev.briefing.report.WeekData.Mention;

/**
 * The value of each catalog indicator in each week. When a week mentions an indicator
 * several times, its value is the mention that speaks most for the zone: the zone's own
 * region first (the zone or one of its aliases, then no region given, then the city, then
 * the province, then anything else), then an exact figure before an approximate or
 * bounded one (a goal such as {@code 达到95%以上} is bounded), then the latest publication
 * date, then the latest period, then the first mention in reading order (a total is
 * written before its parts): the article taken in first, then the figure's position in
 * it. Nothing depends on the order figures were written in.
 *
 * <p>
 * Weeks are compared only like with like: the previous value and the trend of an
 * indicator are taken from mentions of the same region and unit as the week's value, so a
 * national figure is never set against the zone's.
 */
final class IndicatorValues {

	/**
	 * Per indicator and week, the best mention of each class of comparable mentions:
	 * bounded by the classes.
	 */
	private final Map<String, NavigableMap<IsoWeek, Map<String, Mention>>> byIndicator = new HashMap<>();

	private final Comparator<Mention> best;

	private final BriefingConfig.Region region;

	IndicatorValues(BriefingConfig.Region region) {
		this.region = region;
		this.best = Comparator.<Mention>comparingInt(m -> regionRank(m.region(), region))
			.thenComparingInt(m -> qualifierRank(m.qualifier()))
			.thenComparing(Mention::published, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
			.thenComparing(Mention::period, Comparator.nullsLast(Comparator.<String>reverseOrder()))
			.thenComparingLong(Mention::articleId)
			.thenComparingLong(Mention::id);
	}

	IndicatorValues(List<Mention> history, BriefingConfig.Region region) {
		this(region);
		history.forEach(this::add);
	}

	/** Takes a mention in; of comparable mentions of one week only the best is kept. */
	void add(Mention m) {
		if (m.indicator() == null || m.value() == null || m.unit() == null || m.week() == null) {
			return;
		}
		byIndicator.computeIfAbsent(m.indicator(), k -> new TreeMap<>())
			.computeIfAbsent(m.week(), k -> new HashMap<>())
			.merge(comparability(m), m, (a, b) -> best.compare(a, b) <= 0 ? a : b);
	}

	/** The indicator's value in the week. */
	Optional<Mention> in(String indicator, IsoWeek week) {
		return Optional.ofNullable(weeks(indicator).get(week)).flatMap(byClass -> byClass.values().stream().min(best));
	}

	/**
	 * The value of the most recent week before {@code week} that has one comparable with
	 * the week's value (or, when the week has none, any value).
	 */
	Optional<Mention> before(String indicator, IsoWeek week) {
		Optional<Mention> now = in(indicator, week);
		for (var e : weeks(indicator).headMap(week, false).descendingMap().entrySet()) {
			Optional<Mention> then = e.getValue()
				.values()
				.stream()
				.filter(m -> now.isEmpty() || comparable(now.get(), m))
				.min(best);
			if (then.isPresent()) {
				return then;
			}
		}
		return Optional.empty();
	}

	/**
	 * The indicator's value by week, oldest first, each comparable with the latest week's
	 * value: one region and one unit along the whole series.
	 */
	NavigableMap<IsoWeek, Mention> series(String indicator) {
		NavigableMap<IsoWeek, Map<String, Mention>> weeks = weeks(indicator);
		NavigableMap<IsoWeek, Mention> out = new TreeMap<>();
		if (weeks.isEmpty()) {
			return out;
		}
		String latest = comparability(weeks.lastEntry().getValue().values().stream().min(best).orElseThrow());
		weeks.forEach((week, byClass) -> {
			Mention m = byClass.get(latest);
			if (m != null) {
				out.put(week, m);
			}
		});
		return out;
	}

	/**
	 * Whether two mentions measure the same thing in the same place, so their difference
	 * means something.
	 */
	boolean comparable(Mention a, Mention b) {
		return comparability(a).equals(comparability(b));
	}

	/**
	 * What makes mentions comparable: unit, measure word and place. The zone (by any of
	 * its names) and "no region given" are each one place; other regions must be named
	 * alike.
	 */
	private String comparability(Mention m) {
		int rank = regionRank(m.region(), region);
		return m.unit() + "|" + Objects.toString(m.counter(), "") + "|" + rank + "|"
				+ (rank <= 1 ? "" : Objects.toString(m.region(), ""));
	}

	private NavigableMap<IsoWeek, Map<String, Mention>> weeks(String indicator) {
		return byIndicator.getOrDefault(indicator, new TreeMap<>());
	}

	private static int qualifierRank(Qualifier q) {
		if (q == null || q == Qualifier.EXACT) {
			return 0;
		}
		return q == Qualifier.APPROX ? 1 : 2;
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
