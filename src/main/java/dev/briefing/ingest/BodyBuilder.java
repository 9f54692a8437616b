package dev.briefing.ingest;

/**
 * Joins cleaned lines of a {@link LayoutText} into one body. A line that ends a sentence,
 * or is marked as a paragraph of its own (a subhead), ends with a line break; Latin words
 * broken across lines get a space; everything else, Chinese broken by the layout in
 * particular, is joined directly.
 */
final class BodyBuilder {

	private final LayoutText layout;

	private char[] out;

	private int[] origin;

	private int length;

	private int previous = -1;

	private boolean breakAfterPrevious;

	BodyBuilder(LayoutText layout, int capacity) {
		this.layout = layout;
		this.out = new char[Math.max(16, capacity)];
		this.origin = new int[out.length];
	}

	boolean isEmpty() {
		return length == 0;
	}

	/**
	 * Appends a non-blank line; {@code ownParagraph}: a line break follows it whatever it
	 * ends with.
	 */
	void add(int line, boolean ownParagraph) {
		LayoutText t = layout;
		int from = t.start(line);
		int n = t.length(line);
		if (n == 0) {
			return;
		}
		ensure(n + 1);
		if (previous >= 0) {
			char a = t.last(previous);
			char b = t.first(line);
			if (breakAfterPrevious || t.endsSentence(previous)) {
				put('\n', t.breakAt(previous));
			}
			else if (latinJoin(a, b)) {
				put(' ', t.breakAt(previous));
			}
		}
		System.arraycopy(t.chars, from, out, length, n);
		System.arraycopy(t.origin, from, origin, length, n);
		length += n;
		previous = line;
		breakAfterPrevious = ownParagraph;
	}

	/** Ends the paragraph: the next line starts on a line of its own. */
	void endParagraph() {
		breakAfterPrevious = previous >= 0;
	}

	CleanText build() {
		return new CleanText(new String(out, 0, length), layout.original, java.util.Arrays.copyOf(origin, length));
	}

	private static boolean latinJoin(char a, char b) {
		if (!Chars.isLatinAlnum(b)) {
			return false;
		}
		if (Chars.isLatinLetter(a)) {
			return true;
		}
		if (Chars.isDigit(a)) {
			return Chars.isLatinLetter(b);
		}
		return (a == ',' || a == ';' || a == ':' || a == '.') && Chars.isLatinLetter(b);
	}

	private void put(char c, int at) {
		out[length] = c;
		origin[length++] = at;
	}

	private void ensure(int more) {
		if (length + more > out.length) {
			int size = Math.max(out.length * 2, length + more);
			out = java.util.Arrays.copyOf(out, size);
			origin = java.util.Arrays.copyOf(origin, size);
		}
	}

}
