package dev.briefing.ingest;

/**
 * Joins the lines of a headline. Two lines that are two parts of a headline
 * ({@code 人大代表进企业} / {@code 问需献策助发展}) are joined with a space; one headline broken across
 * lines by the layout is joined directly. A break is taken for a layout break when the
 * first line leaves something open: a bracket or quote ({@code 《关于促进外贸}), a number
 * waiting for its noun ({@code 2300多个}), a function word ({@code 的}, {@code 了},
 * {@code 在}); when the second line states a figure ({@code 经开区经营主体} / {@code 突破10万户}: the
 * figure's predicate needs the first line as its subject); or when the words on both
 * sides of the break run on in the article's body ({@code 成功|发行} in
 * {@code 我省在深圳成功发行政府债券}).
 */
final class Headlines {

	private static final String COUNTERS = "个家项名位条种件次所户人座批只台辆亿万千百";

	private static final String TRAILING_FUNCTION_WORDS = "的和与及在对向把被将从以于之并或且而让使为了";

	private static final String LEADING_FUNCTION_WORDS = "的了着得地在于";

	private Headlines() {
	}

	static String join(LayoutText t, PageSegmenter.Block block, String body) {
		StringBuilder title = new StringBuilder(t.line(block.first()));
		for (int line = block.first() + 1; line <= block.last(); line++) {
			String next = t.line(line);
			if (!brokenByLayout(title.toString(), next, body)) {
				title.append(' ');
			}
			title.append(next);
		}
		return title.toString();
	}

	static boolean brokenByLayout(String first, String second, String body) {
		if (unclosed(first, '《', '》') || unclosed(first, '“', '”') || unclosed(first, '（', '）')
				|| unclosed(first, '【', '】') || unclosed(first, '「', '」')) {
			return true;
		}
		if (endsWithNumber(first) || hasDigit(second)) {
			return true;
		}
		char last = first.charAt(first.length() - 1);
		if (TRAILING_FUNCTION_WORDS.indexOf(last) >= 0 || LEADING_FUNCTION_WORDS.indexOf(second.charAt(0)) >= 0) {
			return true;
		}
		String end = lastWords(first, 2);
		String start = firstWords(second, 2);
		return body != null && end.length() == 2 && start.length() == 2 && body.contains(end + start);
	}

	/**
	 * {@code …2300}, {@code …2300多}, {@code …2300多个}: a number whose noun is on the next
	 * line.
	 */
	private static boolean endsWithNumber(String s) {
		int i = s.length() - 1;
		if (i >= 0 && COUNTERS.indexOf(s.charAt(i)) >= 0) {
			i--;
		}
		if (i >= 0 && (s.charAt(i) == '多' || s.charAt(i) == '余')) {
			i--;
		}
		return i >= 0 && Chars.isDigit(s.charAt(i));
	}

	private static boolean hasDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Chars.isDigit(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean unclosed(String s, char open, char close) {
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == open) {
				depth++;
			}
			else if (c == close && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	private static String lastWords(String s, int n) {
		int i = s.length();
		while (i > 0 && s.length() - i < n && Chars.isWord(s.charAt(i - 1))) {
			i--;
		}
		return s.substring(i);
	}

	private static String firstWords(String s, int n) {
		int i = 0;
		while (i < s.length() && i < n && Chars.isWord(s.charAt(i))) {
			i++;
		}
		return s.substring(0, i);
	}

}
