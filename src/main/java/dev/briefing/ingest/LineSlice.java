package dev.briefing.ingest;

/**
 * A reusable view of part of a char array, so that patterns can run on a line without
 * copying it.
 */
final class LineSlice implements CharSequence {

	private final char[] chars;

	private int start;

	private int length;

	LineSlice(char[] chars) {
		this.chars = chars;
	}

	LineSlice set(int start, int length) {
		this.start = start;
		this.length = length;
		return this;
	}

	@Override
	public int length() {
		return length;
	}

	@Override
	public char charAt(int index) {
		if (index < 0 || index >= length) {
			throw new IndexOutOfBoundsException(index);
		}
		return chars[start + index];
	}

	@Override
	public CharSequence subSequence(int from, int to) {
		return new String(chars, start + from, to - from);
	}

	@Override
	public String toString() {
		return new String(chars, start, length);
	}

}
