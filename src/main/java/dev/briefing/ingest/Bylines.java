package dev.briefing.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that frame articles on a page: bylines ({@code 本报讯（记者…）},
 * {@code 新华社北京11月21日电（记者…）}, {@code 央视网消息}), agency datelines, photo credits
 * ({@code 新华社发}), end marks ({@code （完）}) and page furniture (page headers, source and
 * editor lines). Patterns run on cleaned lines (no layout spaces, folded digits). One
 * instance per thread: it reuses its matchers.
 */
final class Bylines {

	private static final String AGENCIES = "新华社|中新社|新华网|中新网|人民网|央视网|央广网|中国新闻网|光明网|国际在线|中国日报网|人民日报|经济日报|"
			+ "工人日报|光明日报|法治日报|科技日报|农民日报|中国青年报";

	private static final Pattern BYLINE = Pattern.compile("(?:据)?(?:" + "(?<agency>" + AGENCIES
			+ ")(?<place>\\p{IsHan}{0,8}?)(?:(?<m>\\d{1,2})月(?<d>\\d{1,2})日)?电"
			+ "|(?<paper>\\p{IsHan}{2,8}?(?:日报|晚报|商报|时报|新闻网|报))\\p{IsHan}{0,8}?(?<m2>\\d{1,2})月(?<d2>\\d{1,2})日[电讯]"
			+ "|本报\\p{IsHan}{0,8}?(?:(?<m3>\\d{1,2})月(?<d3>\\d{1,2})日)?讯" + "|(?<site>\\p{IsHan}{1,6}?(?:网|社|台))消息)");

	private static final Pattern REST_IN_PARENTHESES = Pattern.compile("[（(][^（）()]{0,40}[）)]");

	private static final Pattern CREDIT = Pattern.compile("[（(]?新华社发(?:[（(][^）)]{0,20}[）)])?[）)]?"
			+ "|[（(]?(?:新华社|中新社|本报|人民日报|经济日报)(?:特约)?(?:摄影)?(?:记者|通讯员)[\\p{IsHan}·、]{1,20}(?<!拍)摄[）)]?"
			+ "|[（(](?:特约)?(?:摄影)?(?:记者|通讯员)?[\\p{IsHan}·、]{2,20}(?<!拍)摄[）)]" + "|(?:资料)?图片?(?:来源|提供)?[:：].{1,30}"
			+ "|视觉中国|新华社资料图");

	/**
	 * Page furniture: a page header ({@code 河南日报 2024年11月22日 星期五 第3版}), a web copy's date
	 * and source line ({@code 2024-11-21 08:30 来源：新华网}), editor lines
	 * ({@code 【责任编辑：王某】}).
	 */
	private static final Pattern FURNITURE_INSIDE = Pattern
		.compile("(?:来源|责任编辑|编辑|作者|发布时间|发布日期|字号)[:：]" + "|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日星期[一二三四五六日天]");

	/** A page number: furniture where the line is short or also dates the page. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("第\\d{1,3}版");

	private static final Pattern FURNITURE_WHOLE = Pattern.compile("[【\\[（(](?:纠错|责任编辑|编辑)[^】\\]）)]{0,30}[】\\]）)].*"
			+ "|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

	private static final Pattern END_MARK = Pattern.compile("[（(【\\[]?完[）)】\\]]?");

	private final Matcher byline = BYLINE.matcher("");

	private final Matcher rest = REST_IN_PARENTHESES.matcher("");

	private final Matcher credit = CREDIT.matcher("");

	private final Matcher end = END_MARK.matcher("");

	private final Matcher furnitureInside = FURNITURE_INSIDE.matcher("");

	private final Matcher furnitureWhole = FURNITURE_WHOLE.matcher("");

	private final Matcher pageNumber = PAGE_NUMBER.matcher("");

	private final Matcher fullDate = FULL_DATE.matcher("");

	/** What a byline or dateline says. */
	record Byline(String agency, int month, int day, boolean alone) {

		/**
		 * The date it gives, the year taken from the publication date; null without one
		 * or with no month.
		 */
		LocalDate date(LocalDate published) {
			if (month == 0 || published == null) {
				return null;
			}
			try {
				LocalDate d = LocalDate.of(published.getYear(), month, day);
				// a dateline from late December on a paper of early January
				return d.isAfter(published.plusDays(31)) ? d.minusYears(1) : d;
			}
			catch (DateTimeException e) {
				return null;
			}
		}
	}

	/**
	 * The byline this line starts with, or null. {@code alone}: the line holds nothing
	 * else (apart from a parenthesised reporter list), as an agency dateline at the end
	 * of an article does.
	 */
	Byline byline(CharSequence line) {
		if (!mayHoldByline(line)) {
			return null;
		}
		Matcher m = byline.reset(line);
		if (!m.lookingAt()) {
			return null;
		}
		String agency = m.group("agency") != null ? m.group("agency")
				: m.group("paper") != null ? m.group("paper") : m.group("site");
		int month = number(m, "m", "m2", "m3");
		int day = number(m, "d", "d2", "d3");
		boolean alone = m.end() == line.length() || (rest.reset(line).region(m.end(), line.length()).matches());
		return new Byline(agency, month, day, alone && m.group("agency") != null);
	}

	boolean isCredit(CharSequence line) {
		if (line.length() > 40) {
			return false;
		}
		char first = line.charAt(0);
		boolean candidate = first == '图' || first == '资' || first == '视'
				|| ((first == '新' || first == '（' || first == '(') && line.length() <= 16);
		for (int i = line.length() - 1; i >= 0 && !candidate; i--) {
			candidate = line.charAt(i) == '摄';
		}
		return candidate && credit.reset(line).matches();
	}

	/** A line of page furniture, never article text; only short lines qualify. */
	boolean isFurniture(CharSequence line) {
		if (line.length() > 60) {
			return false;
		}
		char first = line.charAt(0);
		boolean candidate = first == '【' || first == '[' || first == '（' || first == '(' || first == '1'
				|| first == '2';
		for (int i = 0; i < line.length() && !candidate; i++) {
			char c = line.charAt(i);
			candidate = c == '：' || c == ':' || c == '版' || c == '期';
		}
		return candidate && (furnitureInside.reset(line).find() || furnitureWhole.reset(line).matches()
				|| (pageNumber.reset(line).find() && (line.length() <= 12 || fullDate(line) != null)));
	}

	/** The full date a line gives ({@code 2024年11月22日}, {@code 2024-11-22}), or null. */
	LocalDate fullDate(CharSequence line) {
		Matcher m = fullDate.reset(line);
		while (m.find()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (DateTimeException e) {
				// not a date: look further
			}
		}
		return null;
	}

	boolean isEndMark(CharSequence line) {
		return line.length() <= 4 && end.reset(line).matches();
	}

	private static boolean mayHoldByline(CharSequence line) {
		int n = Math.min(line.length(), 24);
		if (n >= 2 && line.charAt(0) == '本' && line.charAt(1) == '报') {
			return true;
		}
		for (int i = 2; i < n; i++) {
			char c = line.charAt(i);
			if (c == '电' || c == '讯' || (c == '消' && i + 1 < n && line.charAt(i + 1) == '息')) {
				return true;
			}
		}
		return false;
	}

	private static int number(Matcher m, String... groups) {
		for (String g : groups) {
			String v = m.group(g);
			if (v != null) {
				return Integer.parseInt(v);
			}
		}
		return 0;
	}

}
