package dev.briefing.ingest;

/**
 * A text cut into its lines, each line cleaned: layout spaces dropped, full-width forms
 * folded, invisible characters removed, ends trimmed; tables typed into the text are
 * first rewritten as sentences ({@link TextTables}). Every cleaned character remembers
 * its offset in the original. One pass over the text, two arrays of its length.
 */
final class LayoutText {

	final String original;

	final char[] chars;

	final int[] origin;

	private int length;

	private int[] lineStart = new int[64];

	private int[] lineEnd = new int[64];

	/**
	 * Offset in the original of the break that ends each line (the text's length for the
	 * last).
	 */
	private int[] breakAt = new int[64];

	private int lines;

	private int[] width;

	private LayoutText(String original) {
		this.original = original;
		this.chars = new char[original.length()];
		this.origin = new int[original.length()];
	}

	static LayoutText of(String original) {
		LayoutText t = new LayoutText(TextTables.rewrite(original));
		t.clean();
		return t;
	}

	int lineCount() {
		return lines;
	}

	int start(int line) {
		return lineStart[line];
	}

	int end(int line) {
		return lineEnd[line];
	}

	int length(int line) {
		return lineEnd[line] - lineStart[line];
	}

	boolean isBlank(int line) {
		return lineEnd[line] == lineStart[line];
	}

	char first(int line) {
		return chars[lineStart[line]];
	}

	char last(int line) {
		return chars[lineEnd[line] - 1];
	}

	int breakAt(int line) {
		return breakAt[line];
	}

	String line(int line) {
		return new String(chars, lineStart[line], length(line));
	}

	/**
	 * The width a line took on the page, in half-width units: a character printed as a
	 * Chinese character or full-width form counts two, a Latin letter, digit or word
	 * space one (so {@code 2.09%} is narrower than {@code 利率}, and {@code １２％} as wide as
	 * {@code 利率}). Layout spaces, dropped by the cleanup, count nothing: a justified line
	 * ({@code 根 据 天 气}) is as wide as its neighbours.
	 */
	int width(int line) {
		if (width == null) {
			width = new int[lines];
			java.util.Arrays.fill(width, -1);
		}
		if (width[line] < 0) {
			int w = 0;
			for (int k = lineStart[line]; k < lineEnd[line]; k++) {
				w += Chars.isCjk(original.charAt(origin[k])) ? 2 : 1;
			}
			width[line] = w;
		}
		return width[line];
	}

	boolean endsSentence(int line) {
		return Chars.endsSentence(chars, lineStart[line], lineEnd[line]);
	}

	/**
	 * Cleans in place: the original is copied into {@link #chars} and rewritten from the
	 * front, which never overtakes the reading position (cleaning never makes a line
	 * longer).
	 */
	private void clean() {
		char[] s = chars;
		int n = s.length;
		original.getChars(0, n, s, 0);
		int lineFrom = 0;
		int space = -1;
		for (int i = 0; i < n; i++) {
			char c = s[i];
			switch (Chars.kind(c)) {
				case Chars.KEEP -> {
					char f = Chars.fold(c);
					if (space >= 0) {
						if (length > lineFrom && keepSpace(chars[length - 1], f, lineFrom, i)) {
							put(' ', space);
						}
						space = -1;
					}
					put(f, i);
				}
				case Chars.SPACE -> {
					if (space < 0) {
						space = i;
					}
				}
				case Chars.BREAK -> {
					endLine(lineFrom, i);
					lineFrom = length;
					space = -1;
					if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
						i++;
					}
				}
				default -> {
				}
			}
		}
		endLine(lineFrom, n);
	}

	private void put(char c, int at) {
		chars[length] = c;
		origin[length++] = at;
	}

	private void endLine(int from, int breakOffset) {
		if (lines == lineStart.length) {
			lineStart = java.util.Arrays.copyOf(lineStart, lines * 2);
			lineEnd = java.util.Arrays.copyOf(lineEnd, lines * 2);
			breakAt = java.util.Arrays.copyOf(breakAt, lines * 2);
		}
		lineStart[lines] = from;
		lineEnd[lines] = length;
		breakAt[lines++] = breakOffset;
	}

	/**
	 * Whether a space between {@code a} (already written) and {@code b} (at {@code at} in
	 * the original) is a real word space. Spaces next to Chinese are layout; so are
	 * spaces inside a number standing in Chinese text ({@code 32 375家}) and before a
	 * percent sign.
	 */
	private boolean keepSpace(char a, char b, int lineFrom, int at) {
		if (Chars.isCjk(a) || Chars.isCjk(b)) {
			return false;
		}
		if (Chars.isDigit(a) && (b == '%' || b == '‰')) {
			return false;
		}
		if (Chars.isDigit(a) && Chars.isDigit(b)) {
			return latinBefore(lineFrom) || latinAfter(at);
		}
		return true;
	}

	/**
	 * Whether the number just written follows a Latin word ({@code PMI 50 51} keeps its
	 * spaces).
	 */
	private boolean latinBefore(int lineFrom) {
		int i = length - 1;
		while (i >= lineFrom && (Chars.isDigit(chars[i]) || chars[i] == '.' || chars[i] == ',')) {
			i--;
		}
		while (i >= lineFrom && chars[i] == ' ') {
			i--;
		}
		return i >= lineFrom && Chars.isLatinLetter(chars[i]);
	}

	private boolean latinAfter(int at) {
		String s = original;
		int i = at;
		while (i < s.length()) {
			char f = Chars.fold(s.charAt(i));
			if (!(Chars.isDigit(f) || f == '.' || f == ',')) {
				return Chars.isLatinLetter(f);
			}
			i++;
		}
		return false;
	}

}
