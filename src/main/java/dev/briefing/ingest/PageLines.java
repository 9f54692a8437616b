package dev.briefing.ingest;

import java.time.LocalDate;

/**
 * The lines of a page and what each is: blank, text, byline, agency dateline, photo
 * credit, end mark or page furniture; and for text lines, whether they could be headline
 * text and whether they are narrower than the column around them.
 */
final class PageLines {

	static final byte BLANK = 0;

	static final byte TEXT = 1;

	static final byte BYLINE = 2;

	static final byte DATELINE = 3;

	static final byte CREDIT = 4;

	static final byte END = 5;

	static final byte FURNITURE = 6;

	/** Longest headline line, in characters. */
	private static final int MAX_HEADLINE = 40;

	/**
	 * A headline line is at most this share (in percent) of the width of the column
	 * around it.
	 */
	private static final int SHORT_PERCENT = 85;

	/** Lines on each side that tell the column width around a line. */
	private static final int NEIGHBOURS = 4;

	final LayoutText text;

	private final byte[] kind;

	private final Bylines.Byline[] bylineAt;

	private LocalDate headerDate;

	private PageLines(LayoutText text) {
		this.text = text;
		this.kind = new byte[text.lineCount()];
		this.bylineAt = new Bylines.Byline[text.lineCount()];
	}

	static PageLines classify(LayoutText text, Bylines patterns) {
		PageLines lines = new PageLines(text);
		lines.classify(patterns);
		return lines;
	}

	int count() {
		return kind.length;
	}

	byte kind(int line) {
		return kind[line];
	}

	/** The byline or dateline a BYLINE or DATELINE line holds. */
	Bylines.Byline byline(int line) {
		return bylineAt[line];
	}

	/** The date of a page header standing above all text, or null. */
	LocalDate headerDate() {
		return headerDate;
	}

	private void classify(Bylines patterns) {
		LayoutText t = text;
		LineSlice slice = new LineSlice(t.chars);
		boolean seenText = false;
		int previous = -1;
		int nonBlankSeen = 0;
		for (int i = 0; i < kind.length; i++) {
			if (t.isBlank(i)) {
				kind[i] = BLANK;
				continue;
			}
			nonBlankSeen++;
			slice.set(t.start(i), t.length(i));
			Bylines.Byline b = patterns.byline(slice);
			if (b != null && framesArticle(previous)) {
				kind[i] = b.alone() ? DATELINE : BYLINE;
				bylineAt[i] = b;
			}
			else if (patterns.isCredit(slice)) {
				kind[i] = CREDIT;
			}
			else if (patterns.isEndMark(slice)) {
				kind[i] = END;
			}
			else if (patterns.isFurniture(slice) || nonBlankSeen < HEAD_LINES && isSourceAndDate(i, patterns, slice)) {
				kind[i] = FURNITURE;
				if (headerDate == null && !seenText) {
					headerDate = patterns.fullDate(slice);
				}
			}
			else {
				kind[i] = TEXT;
				seenText = true;
			}
			previous = i;
		}
	}

	/**
	 * The lines at the top of a text where a web copy puts its source and date under the
	 * headline.
	 */
	private static final int HEAD_LINES = 3;

	/** Longest source-and-date line, in cleaned characters. */
	private static final int MAX_SOURCE_LINE = 32;

	/**
	 * A web copy's source and date line under its headline ({@code 海关总署新闻发布　2024-11-07},
	 * {@code 2024-12-07 15:05　新华社}): short, a full date, no sentence punctuation, and the
	 * date set apart from the name by a space in the original, which a line broken by a
	 * layout does not have.
	 */
	private boolean isSourceAndDate(int i, Bylines patterns, CharSequence line) {
		if (line.length() > MAX_SOURCE_LINE || patterns.fullDate(line) == null) {
			return false;
		}
		for (int k = 0; k < line.length(); k++) {
			char c = line.charAt(k);
			if (c == '，' || c == '。' || c == '；' || c == '？' || c == '！' || c == ',') {
				return false;
			}
		}
		LayoutText t = text;
		int from = t.origin[t.start(i)];
		int to = t.origin[t.end(i) - 1];
		for (int k = from; k < to; k++) {
			char c = t.original.charAt(k);
			if (c == '\u3000' || c == '\t' || c == ' ' && Chars.isCjk(t.original.charAt(k - 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A byline or dateline stands only where the line before it does not run on into it.
	 */
	private boolean framesArticle(int previous) {
		return previous < 0 || kind[previous] != TEXT || text.endsSentence(previous) || headlineLike(previous);
	}

	/**
	 * Whether a sentence, or the text before it, has ended with this line: what may
	 * follow is a new start.
	 */
	boolean endsBefore(int line) {
		byte k = kind[line];
		return k == CREDIT || k == DATELINE || k == END || k == FURNITURE
				|| ((k == TEXT || k == BYLINE) && text.endsSentence(line));
	}

	/**
	 * Text a headline can be: not too long, no sentence punctuation, at most one comma,
	 * not a continuation.
	 */
	boolean headlineLike(int i) {
		LayoutText t = text;
		int n = t.length(i);
		if (n < 2 || n > MAX_HEADLINE || kind[i] != TEXT) {
			return false;
		}
		char[] c = t.chars;
		int from = t.start(i);
		int end = from + n;
		char first = c[from];
		if (first == '，' || first == '。' || first == '、' || (Chars.isClosing(first) && first != '"')) {
			return false;
		}
		char last = c[end - 1];
		if (last == '，' || last == '、' || last == '：' || last == '；' || last == ',' || last == ':' || last == ';') {
			return false;
		}
		int commas = 0;
		int words = 0;
		for (int k = from; k < end; k++) {
			char ch = c[k];
			if (ch == '。' || ch == '；' || ch == ';') {
				return false;
			}
			if (ch == '，' || ch == ',') {
				commas++;
			}
			else if (Chars.isWord(ch)) {
				words++;
			}
		}
		return commas <= 1 && words >= 2;
	}

	/**
	 * Noticeably narrower on the page than the lines around it: a headline set in larger
	 * type, or a subhead; a line broken by the layout fills its column. The column is the
	 * second widest of the neighbouring lines, so that one wide line of another column (a
	 * byline across two columns) does not make a column look narrow.
	 */
	boolean isShort(int i) {
		LayoutText t = text;
		int widest = 0;
		int second = 0;
		int seen = 0;
		for (int k = i - 1; k >= 0 && seen < NEIGHBOURS; k--) {
			if (!t.isBlank(k)) {
				int w = t.width(k);
				second = Math.max(second, Math.min(widest, w));
				widest = Math.max(widest, w);
				seen++;
			}
		}
		seen = 0;
		for (int k = i + 1; k < kind.length && seen < NEIGHBOURS; k++) {
			if (!t.isBlank(k)) {
				int w = t.width(k);
				second = Math.max(second, Math.min(widest, w));
				widest = Math.max(widest, w);
				seen++;
			}
		}
		return t.width(i) * 100 <= second * SHORT_PERCENT;
	}

	boolean hasComma(int first, int last) {
		for (int k = text.start(first); k < text.end(last); k++) {
			if (text.chars[k] == '，' || text.chars[k] == ',') {
				return true;
			}
		}
		return false;
	}

	int nextNonBlank(int from) {
		for (int k = from; k < kind.length; k++) {
			if (kind[k] != BLANK) {
				return k;
			}
		}
		return -1;
	}

	int previousNonBlank(int from) {
		for (int k = from; k >= 0; k--) {
			if (kind[k] != BLANK) {
				return k;
			}
		}
		return -1;
	}

}
