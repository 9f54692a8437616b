package dev.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page of layout text into article segments in reading order.
 * <ul>
 * <li>A byline ({@code 本报讯（记者…）}, {@code 新华社北京11月21日电（记者…）}) starts an article; the headline
 * block right above it is its title.</li>
 * <li>A headline block is one to three short lines without closing punctuation, standing where a sentence
 * has ended. Several blocks in a row (a chain) mean an article boundary: the last one belongs to what
 * follows, the others are displaced headlines ("floating"), matched to their bodies later.</li>
 * <li>A headline block of two or three lines right above text starts an article, even without byline; a
 * single line without commas followed by text inside an article is a subhead and stays in the body.</li>
 * <li>An agency dateline alone on a line ({@code 新华社北京11月21日电}) ends the article; {@code （完）} too.</li>
 * <li>Page furniture (page header, source and editor lines) is dropped; a headline above a source line still
 * belongs to the text below it.</li>
 * <li>A photo credit ({@code 新华社发}) is dropped; the text after it starts a tentative segment, which
 * stays an article only if a displaced headline is matched to it or it has its own dateline.</li>
 * </ul>
 */
final class PageSegmenter {

	static final byte BLANK = 0;

	static final byte TEXT = 1;

	static final byte BYLINE = 2;

	static final byte DATELINE = 3;

	static final byte CREDIT = 4;

	static final byte END = 5;

	static final byte FURNITURE = 6;

	/** Longest headline line, in characters. */
	private static final int MAX_HEADLINE = 40;

	/** A headline line is at most this share (in percent) of the width of the lines around it. */
	private static final int SHORT_PERCENT = 85;

	/** Lines on each side that tell the column width around a line. */
	private static final int NEIGHBOURS = 4;

	/** Consecutive lines of headline text. */
	record Block(int first, int last) {
	}

	/** One article's lines: its title block, its body lines (subheads stored as {@code ~line}), its bylines. */
	static final class Segment {

		Block title;

		Bylines.Byline byline;

		Bylines.Byline closing;

		boolean tentative;

		int[] lines = new int[32];

		int count;

		void add(int line) {
			if (count == lines.length) {
				lines = java.util.Arrays.copyOf(lines, count * 2);
			}
			lines[count++] = line;
		}

		void addAll(Segment other) {
			for (int k = 0; k < other.count; k++) {
				add(other.lines[k]);
			}
		}
	}

	/**
	 * The segments in reading order, the headlines that stood away from their bodies, and the date of the page
	 * header where one stands above the first article.
	 */
	record Page(List<Segment> segments, List<Block> floating, LocalDate headerDate) {
	}

	private final LayoutText t;

	private final Bylines patterns;

	private final byte[] kind;

	private final Bylines.Byline[] bylineAt;

	private final List<Segment> segments = new ArrayList<>();

	private final List<Block> floating = new ArrayList<>();

	private final List<Block> chain = new ArrayList<>();

	private int chainEnd = -1;

	private Segment current;

	private boolean afterCredit;

	/** The date of a page header standing before any text, or null. */
	private LocalDate headerDate;

	private boolean seenText;

	private PageSegmenter(LayoutText t, Bylines patterns) {
		this.t = t;
		this.patterns = patterns;
		this.kind = new byte[t.lineCount()];
		this.bylineAt = new Bylines.Byline[t.lineCount()];
	}

	static Page segment(LayoutText text, Bylines patterns) {
		PageSegmenter s = new PageSegmenter(text, patterns);
		s.classify();
		s.walk();
		return new Page(s.segments, s.floating, s.headerDate);
	}

	private void classify() {
		LineSlice slice = new LineSlice(t.chars);
		int previous = -1;
		for (int i = 0; i < kind.length; i++) {
			if (t.isBlank(i)) {
				kind[i] = BLANK;
				continue;
			}
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
			else if (patterns.isFurniture(slice)) {
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

	/** A byline or dateline stands only where the line before it does not run on into it. */
	private boolean framesArticle(int previous) {
		return previous < 0 || kind[previous] != TEXT || t.endsSentence(previous) || headlineLike(previous);
	}

	private void walk() {
		int n = kind.length;
		int i = 0;
		while (i < n) {
			switch (kind[i]) {
				case BLANK, FURNITURE -> i++;
				case CREDIT -> {
					floatChain();
					afterCredit = current != null;
					i++;
				}
				case END -> {
					floatChain();
					close();
					i++;
				}
				case BYLINE -> startBylined(i++);
				case DATELINE -> {
					int next = nextNonBlank(i + 1);
					boolean bodyFollows = next >= 0 && kind[next] == TEXT;
					if (bodyFollows && (current == null || !chain.isEmpty())) {
						startBylined(i);
					}
					else {
						floatChain();
						if (current != null) {
							current.closing = bylineAt[i];
							close();
						}
					}
					i++;
				}
				default -> i = text(i);
			}
		}
		close();
		floatChain();
	}

	/** Handles the TEXT line {@code i} (and the headline block it may start); returns the next line. */
	private int text(int i) {
		if (headlineStart(i)) {
			int j = i;
			while (j + 1 < kind.length && kind[j + 1] == TEXT && headlineLike(j + 1) && isShort(j + 1)) {
				j++;
			}
			if (j - i < 3) {
				Block block = new Block(i, j);
				int next = nextNonBlank(j + 1);
				if (next < 0 || kind[next] != TEXT) {
					chain.add(block);
					chainEnd = j;
					return j + 1;
				}
				boolean direct = next == j + 1;
				if (!direct && headlineLike(next) && isShort(next)) {
					chain.add(block);
					chainEnd = j;
					return j + 1;
				}
				if (current == null || !chain.isEmpty() || (direct && j > i)) {
					// a headline of two or three lines right above text is a headline, not a subhead
					startTitled(block);
					return j + 1;
				}
				if (!hasComma(i, j)) {
					openBody();
					for (int k = i; k <= j; k++) {
						current.add(~k);
					}
					return j + 1;
				}
			}
		}
		if (!chain.isEmpty()) {
			// headlines, then page furniture (a source line), then text: the last headline is this text's
			startTitled(chain.remove(chain.size() - 1));
		}
		openBody();
		current.add(i);
		return i + 1;
	}

	private boolean hasComma(int first, int last) {
		for (int k = t.start(first); k < t.end(last); k++) {
			if (t.chars[k] == '，' || t.chars[k] == ',') {
				return true;
			}
		}
		return false;
	}

	private boolean headlineStart(int i) {
		if (!headlineLike(i)) {
			return false;
		}
		int p = previousNonBlank(i - 1);
		boolean boundary = p < 0 || p == chainEnd || kind[p] == CREDIT || kind[p] == DATELINE || kind[p] == END
				|| kind[p] == FURNITURE || ((kind[p] == TEXT || kind[p] == BYLINE) && t.endsSentence(p));
		return boundary && isShort(i);
	}

	/** Text a headline can be: short, no sentence punctuation, not a continuation. */
	boolean headlineLike(int i) {
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
	 * Noticeably narrower on the page than the lines around it: a headline set in larger type, or a subhead;
	 * a line broken by the layout fills its column. The column is the second widest of the neighbouring lines,
	 * so that one wide line of another column (a byline across two columns) does not make a column look narrow.
	 */
	boolean isShort(int i) {
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

	private void startBylined(int line) {
		Block title = chain.isEmpty() ? null : chain.remove(chain.size() - 1);
		floatChain();
		close();
		current = new Segment();
		current.title = title;
		current.byline = bylineAt[line];
		current.add(line);
	}

	private void startTitled(Block title) {
		floatChain();
		close();
		current = new Segment();
		current.title = title;
	}

	/** Makes sure there is a segment to add body lines to; after a photo credit, a tentative new one. */
	private void openBody() {
		if (current == null || afterCredit) {
			boolean tentative = afterCredit && current != null;
			close();
			current = new Segment();
			current.tentative = tentative;
		}
		afterCredit = false;
	}

	private void close() {
		if (current != null) {
			if (current.count > 0) {
				segments.add(current);
			}
			else if (current.title != null) {
				floating.add(current.title);
			}
		}
		current = null;
		afterCredit = false;
	}

	private void floatChain() {
		floating.addAll(chain);
		chain.clear();
		chainEnd = -1;
	}

	private int nextNonBlank(int from) {
		for (int k = from; k < kind.length; k++) {
			if (kind[k] != BLANK) {
				return k;
			}
		}
		return -1;
	}

	private int previousNonBlank(int from) {
		for (int k = from; k >= 0; k--) {
			if (kind[k] != BLANK) {
				return k;
			}
		}
		return -1;
	}
}
