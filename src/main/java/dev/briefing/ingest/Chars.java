package dev.briefing.ingest;

/**
 * Character classes and the full-width folding used by the cleanup. Table driven: the
 * cleanup looks at every character of every page.
 */
final class Chars {

	static final byte KEEP = 0;

	static final byte SPACE = 1;

	static final byte BREAK = 2;

	static final byte DROP = 3;

	private static final char[] FOLD = new char[65536];

	private static final byte[] KIND = new byte[65536];

	static {
		for (int c = 0; c < 65536; c++) {
			FOLD[c] = (char) c;
		}
		for (int c = 0; c < 0x20; c++) {
			KIND[c] = DROP;
		}
		for (int c = 0x7F; c <= 0x9F; c++) {
			KIND[c] = DROP;
		}
		for (char c : new char[] { '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' }) {
			KIND[c] = BREAK;
		}
		for (char c : new char[] { ' ', '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' }) {
			KIND[c] = SPACE;
		}
		for (int c = 0x2000; c <= 0x200A; c++) {
			KIND[c] = SPACE;
		}
		for (char c : new char[] { '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' }) {
			KIND[c] = DROP;
		}
		// Full-width ASCII is folded to ASCII, but the full-width forms that are the
		// ordinary Chinese
		// punctuation marks stay as they are: they carry the sentence structure.
		String keep = "！（），：；？";
		for (int c = 0xFF01; c <= 0xFF5E; c++) {
			if (keep.indexOf(c) < 0) {
				FOLD[c] = (char) (c - 0xFEE0);
			}
		}
		fold("\uFFE0\uFFE1\uFFE5\uFFE6", "\u00A2\u00A3\u00A5\u20A9");
		fold("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫", "，、.；：？！（）#&*+-<>=\\$%@");
	}

	private Chars() {
	}

	private static void fold(String from, String to) {
		for (int i = 0; i < from.length(); i++) {
			FOLD[from.charAt(i)] = to.charAt(i);
		}
	}

	/** KEEP, SPACE, BREAK or DROP. */
	static byte kind(char c) {
		return KIND[c];
	}

	/** The character the cleanup writes for {@code c}. */
	static char fold(char c) {
		return FOLD[c];
	}

	/**
	 * Chinese script or punctuation (or anything typeset in a CJK font): a layout space
	 * next to one of these is never a word space.
	 */
	static boolean isCjk(char c) {
		return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
				|| (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xAC00 && c <= 0xD7AF)
				|| (c >= 0x2010 && c <= 0x205E) || c == 0x00B7;
	}

	static boolean isHan(char c) {
		return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
				|| c == 0x3007;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static boolean isLatinAlnum(char c) {
		return isDigit(c) || isLatinLetter(c);
	}

	/** A character of a word: Han, Latin letter or digit (not punctuation). */
	static boolean isWord(char c) {
		return isHan(c) || isLatinAlnum(c) || (c >= 0xD800 && c <= 0xDFFF);
	}

	static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
	}

	static boolean isClosing(char c) {
		return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '】' || c == '"';
	}

	/**
	 * Whether text ending at {@code end} (exclusive) ends a sentence, also behind closing
	 * quotes.
	 */
	static boolean endsSentence(char[] s, int start, int end) {
		int i = end - 1;
		while (i >= start && isClosing(s[i])) {
			i--;
		}
		return i >= start && isSentenceEnd(s[i]);
	}

}
