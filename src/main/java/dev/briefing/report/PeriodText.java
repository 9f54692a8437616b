package dev.briefing.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored period ({@code 2024-Q3}, {@code 2024-01..2024-10}) in the Chinese managers
 * read.
 */
final class PeriodText {

	private static final Pattern PART = Pattern
		.compile("(\\d{4})(?:-(?:H([12])|Q([1-4])|W(\\d{2})|(\\d{2})(?:-(\\d{2}))?))?");

	private PeriodText() {
	}

	static String chinese(String period) {
		if (period == null || period.isBlank()) {
			return "";
		}
		int dots = period.indexOf("..");
		if (dots < 0) {
			return part(period, true);
		}
		String from = period.substring(0, dots);
		String to = period.substring(dots + 2);
		boolean sameYear = from.length() >= 4 && to.length() >= 4 && from.substring(0, 4).equals(to.substring(0, 4))
				&& to.length() > 4;
		return part(from, true) + "至" + part(to, !sameYear);
	}

	private static String part(String p, boolean withYear) {
		Matcher m = PART.matcher(p.trim());
		if (!m.matches()) {
			return p;
		}
		String year = withYear ? m.group(1) + "年" : "";
		if (m.group(2) != null) {
			return year + (m.group(2).equals("1") ? "上半年" : "下半年");
		}
		if (m.group(3) != null) {
			return year + "第" + m.group(3) + "季度";
		}
		if (m.group(4) != null) {
			return year + "第" + Integer.parseInt(m.group(4)) + "周";
		}
		if (m.group(5) != null) {
			String month = Integer.parseInt(m.group(5)) + "月";
			return year + month + (m.group(6) != null ? Integer.parseInt(m.group(6)) + "日" : "");
		}
		return m.group(1) + "年";
	}

}
