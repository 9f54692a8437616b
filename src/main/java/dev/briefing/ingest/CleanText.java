package dev.briefing.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text after layout cleanup, with the way back to what the reader sees: {@code origin[i]}
 * is the offset in {@code original} of the character that became {@code text.charAt(i)}
 * (for a joined line break, the offset of that break).
 *
 * @param text the cleaned text
 * @param original the text as decoded from the file (a whole page where the article came
 * from one)
 * @param origin one offset into {@code original} per character of {@code text}, never
 * decreasing
 */
public record CleanText(String text, String original, int[] origin) {

	public CleanText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(origin, "origin");
		if (origin.length != text.length()) {
			throw new IllegalArgumentException(
					"origin has " + origin.length + " offsets for " + text.length() + " characters");
		}
	}

	/** Offset in {@link #original()} of the cleaned character at {@code index}. */
	public int originOf(int index) {
		return origin[index];
	}

	/**
	 * The original text behind the cleaned span {@code [start, end)}, as the reader sees
	 * it: layout spaces, line breaks and full-width forms included.
	 */
	public String originalSpan(int start, int end) {
		if (start < 0 || end > text.length() || start > end) {
			throw new IndexOutOfBoundsException("span " + start + ".." + end + " of " + text.length());
		}
		if (start == end) {
			return "";
		}
		return original.substring(origin[start], origin[end - 1] + 1);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CleanText c && text.equals(c.text) && original.equals(c.original)
				&& Arrays.equals(origin, c.origin);
	}

	@Override
	public int hashCode() {
		return text.hashCode() * 31 + Arrays.hashCode(origin);
	}

	@Override
	public String toString() {
		return "CleanText[" + text.length() + " chars from " + original.length() + "]";
	}
}
