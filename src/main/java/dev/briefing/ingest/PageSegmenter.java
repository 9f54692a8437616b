package dev.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page of layout text into article segments in reading order.
 * <ul>
 * <li>A byline ({@code 本报讯（记者…）}, {@code 新华社北京11月21日电（记者…）}) starts an article; the
 * headline block right above it is its title.</li>
 * <li>A headline block is one to three short lines without closing punctuation, standing
 * where a sentence has ended. Several blocks in a row (a chain) mean an article boundary:
 * the last one belongs to what follows, the others are displaced headlines ("floating"),
 * matched to their bodies later.</li>
 * <li>A headline block of two or three lines right above text starts an article, even
 * without byline; a single line without commas followed by text inside an article is a
 * subhead and stays in the body.</li>
 * <li>An agency dateline alone on a line ({@code 新华社北京11月21日电}) ends the article;
 * {@code （完）} too.</li>
 * <li>Page furniture (page header, source and editor lines) is dropped; a headline above
 * a source line still belongs to the text below it.</li>
 * <li>A photo credit ({@code 新华社发}) is dropped; the text after it starts a tentative
 * segment, which stays an article only if a displaced headline is matched to it or it has
 * its own dateline.</li>
 * </ul>
 */
final class PageSegmenter {

	/** Consecutive lines of headline text. */
	record Block(int first, int last) {
	}

	/**
	 * One article's lines: its title block, its body lines (subheads stored as
	 * {@code ~line}), its bylines.
	 */
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
	 * The segments in reading order, the headlines that stood away from their bodies, and
	 * the date of the page header where one stands above the first article.
	 */
	record Page(List<Segment> segments, List<Block> floating, LocalDate headerDate) {
	}

	private final PageLines lines;

	private final List<Segment> segments = new ArrayList<>();

	private final List<Block> floating = new ArrayList<>();

	private final List<Block> chain = new ArrayList<>();

	private int chainEnd = -1;

	private Segment current;

	private boolean afterCredit;

	private PageSegmenter(PageLines lines) {
		this.lines = lines;
	}

	static Page segment(LayoutText text, Bylines patterns) {
		PageLines lines = PageLines.classify(text, patterns);
		PageSegmenter s = new PageSegmenter(lines);
		s.walk();
		return new Page(s.segments, s.floating, lines.headerDate());
	}

	private void walk() {
		int n = lines.count();
		int i = 0;
		while (i < n) {
			switch (lines.kind(i)) {
				case PageLines.BLANK, PageLines.FURNITURE -> i++;
				case PageLines.CREDIT -> {
					floatChain();
					afterCredit = current != null;
					i++;
				}
				case PageLines.END -> {
					floatChain();
					close();
					i++;
				}
				case PageLines.BYLINE -> startBylined(i++);
				case PageLines.DATELINE -> {
					int next = lines.nextNonBlank(i + 1);
					boolean bodyFollows = next >= 0 && lines.kind(next) == PageLines.TEXT;
					if (bodyFollows && (current == null || !chain.isEmpty())) {
						startBylined(i);
					}
					else {
						floatChain();
						if (current != null) {
							current.closing = lines.byline(i);
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

	/**
	 * Handles the text line {@code i} (and the headline block it may start); returns the
	 * next line.
	 */
	private int text(int i) {
		if (headlineStart(i)) {
			int j = i;
			while (j + 1 < lines.count() && lines.headlineLike(j + 1) && lines.isShort(j + 1)) {
				j++;
			}
			if (j - i < 3) {
				Block block = new Block(i, j);
				int next = lines.nextNonBlank(j + 1);
				if (next < 0 || lines.kind(next) != PageLines.TEXT) {
					chain.add(block);
					chainEnd = j;
					return j + 1;
				}
				boolean direct = next == j + 1;
				if (!direct && lines.headlineLike(next) && lines.isShort(next)) {
					chain.add(block);
					chainEnd = j;
					return j + 1;
				}
				if (current != null && chain.isEmpty() && matches(NOTE_OR_TABLE, i)) {
					// 附注, 表1 …: notes and tables of the article above, not a new article
					for (int k = i; k <= j; k++) {
						current.add(~k);
					}
					return j + 1;
				}
				if (!chain.isEmpty() && isSectionHead(i) && !isSectionHead(chain.get(chain.size() - 1).first())) {
					// headline, then 一、… right above text: the section head opens the
					// body of that headline
					startTitled(chain.remove(chain.size() - 1));
					openBody();
					for (int k = i; k <= j; k++) {
						current.add(~k);
					}
					return j + 1;
				}
				if (current == null || !chain.isEmpty() || (direct && j > i)) {
					// a headline of two or three lines right above text is a headline,
					// not a subhead
					startTitled(block);
					return j + 1;
				}
				if (!lines.hasComma(i, j)) {
					openBody();
					for (int k = i; k <= j; k++) {
						current.add(~k);
					}
					return j + 1;
				}
			}
		}
		if (!chain.isEmpty()) {
			// headlines, then page furniture (a source line), then text: the last
			// headline is this text's
			startTitled(chain.remove(chain.size() - 1));
		}
		openBody();
		current.add(i);
		return i + 1;
	}

	private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern
		.compile("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.、．])");

	private static final java.util.regex.Pattern NOTE_OR_TABLE = java.util.regex.Pattern
		.compile("^(?:附注|注[:：]|注\\d|附表|表\\d|说明[:：]?$|资料来源)");

	/** A numbered section head: 一、…, （一）…, 1.… */
	private boolean isSectionHead(int line) {
		return matches(SECTION, line);
	}

	private boolean matches(java.util.regex.Pattern p, int line) {
		LayoutText t = lines.text;
		return p.matcher(new LineSlice(t.chars).set(t.start(line), t.length(line))).find();
	}

	/**
	 * A headline can start here: headline text, standing where a sentence has ended,
	 * narrower than its column.
	 */
	private boolean headlineStart(int i) {
		if (!lines.headlineLike(i)) {
			return false;
		}
		int p = lines.previousNonBlank(i - 1);
		return (p < 0 || p == chainEnd || lines.endsBefore(p)) && lines.isShort(i);
	}

	private void startBylined(int line) {
		Block title = chain.isEmpty() ? null : chain.remove(chain.size() - 1);
		floatChain();
		close();
		current = new Segment();
		current.title = title;
		current.byline = lines.byline(line);
		current.add(line);
	}

	private void startTitled(Block title) {
		floatChain();
		close();
		current = new Segment();
		current.title = title;
	}

	/**
	 * Makes sure there is a segment to add body lines to; after a photo credit, a
	 * tentative new one.
	 */
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

}
