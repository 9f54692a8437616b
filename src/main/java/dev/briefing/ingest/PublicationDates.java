package dev.briefing.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as file names and metadata write them. */
public final class PublicationDates {

	/**
	 * {@code 2024-11-22}, {@code 20241122} (also {@code 2024_11_22}, {@code 2024.11.22})
	 * anywhere in a name.
	 */
	private static final Pattern IN_NAME = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?!\\d)");

	/**
	 * {@code 2024-11-22T08:00:00+08:00}, {@code 2024/11/22 08:00}, {@code 2024年11月22日},
	 * {@code 2024-1-5}.
	 */
	private static final Pattern IN_VALUE = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

	private PublicationDates() {
	}

	/** The first valid date in a file name, or null. */
	public static LocalDate fromName(String name) {
		if (name == null) {
			return null;
		}
		Matcher m = IN_NAME.matcher(name);
		while (m.find()) {
			LocalDate d = date(m.group(1), m.group(3), m.group(4));
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	/** The date a metadata value or JSON field gives, or null. */
	static LocalDate fromValue(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		StringBuilder v = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			v.append(Chars.fold(value.charAt(i)));
		}
		Matcher m = IN_VALUE.matcher(v);
		if (m.find()) {
			LocalDate d = date(m.group(1), m.group(2), m.group(3));
			if (d != null) {
				return d;
			}
		}
		return fromName(v.toString());
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

}
