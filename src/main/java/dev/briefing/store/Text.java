package dev.briefing.store;

/** Keeps text within the width of its column. */
final class Text {

	private Text() {
	}

	static String cap(String s, int max) {
		if (s == null || s.length() <= max) {
			return s;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end) + "…";
	}

}
