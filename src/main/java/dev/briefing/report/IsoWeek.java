package dev.briefing.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2024-W47}: Monday to Sunday, week 1 holds the year's
 * first Thursday.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (week < 1 || week > 53) {
			throw new IllegalArgumentException("week must be 1..53: " + week);
		}
	}

	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * Parses {@code YYYY-Www}; throws {@link IllegalArgumentException} with a readable
	 * message.
	 */
	public static IsoWeek parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not an ISO week such as 2024-W47");
		}
		IsoWeek w = new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		if (!of(w.monday()).equals(w)) {
			throw new IllegalArgumentException(m.group(1) + " has no week " + m.group(2));
		}
		return w;
	}

	public LocalDate monday() {
		LocalDate jan4 = LocalDate.of(year, 1, 4);
		return jan4.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public IsoWeek plusWeeks(long weeks) {
		return of(monday().plusWeeks(weeks));
	}

	public IsoWeek previous() {
		return plusWeeks(-1);
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(monday()) && !date.isAfter(sunday());
	}

	/** {@code 2024年第47周}. */
	public String chinese() {
		return year + "年第" + week + "周";
	}

	@Override
	public int compareTo(IsoWeek o) {
		return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", year, week);
	}
}
