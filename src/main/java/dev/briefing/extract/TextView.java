package dev.briefing.extract;

/**
 * The article text as the scanner reads it, with a map back to the original. Full-width
 * digits and symbols are folded to ASCII, traditional numeral characters to simplified
 * ones, and whitespace left by a page layout is dropped ({@code 165.8789 亿元},
 * {@code 27.153亿\n元}); whitespace between two ASCII letters or digits on one line becomes
 * one space, and a blank line stays as one line break.
 */
final class TextView {

	final String original;

	final char[] c;

	/** {@code orig[i]} is the offset in {@link #original} of {@code c[i]}. */
	final int[] orig;

	final int n;

	private TextView(String original, char[] c, int[] orig, int n) {
		this.original = original;
		this.c = c;
		this.orig = orig;
		this.n = n;
	}

	static TextView of(String s) {
		int len = s.length();
		char[] c = new char[len];
		int[] orig = new int[len];
		int n = 0;
		int i = 0;
		while (i < len) {
			char ch = s.charAt(i);
			if (isSpace(ch)) {
				int j = i;
				int newlines = 0;
				while (j < len && isSpace(s.charAt(j))) {
					if (s.charAt(j) == '\n') {
						newlines++;
					}
					j++;
				}
				char left = n > 0 ? c[n - 1] : '\n';
				char right = j < len ? fold(s.charAt(j)) : '\n';
				if (newlines >= 2) {
					if (left != '\n') {
						c[n] = '\n';
						orig[n++] = i;
					}
				}
				else if (newlines == 0 && isAsciiAlnum(left) && isAsciiAlnum(right)) {
					c[n] = ' ';
					orig[n++] = i;
				}
				i = j;
				continue;
			}
			c[n] = fold(ch);
			orig[n++] = i;
			i++;
		}
		return new TextView(s, c, orig, n);
	}

	static boolean isSpace(char ch) {
		return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\u3000' || ch == '\u00a0' || ch == '\u2002'
				|| ch == '\u2003' || ch == '\u2009' || ch == '\u200b' || ch == '\ufeff' || ch == '\u202f'
				|| ch == '\u200c' || ch == '\u200d' || ch == '\u2060' || ch == '\u000b' || ch == '\f';
	}

	static boolean isAsciiAlnum(char ch) {
		return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
	}

	static char fold(char ch) {
		if (ch < 0x2000) {
			return ch;
		}
		if (ch >= '\uff01' && ch <= '\uff5e') {
			return (char) (ch - 0xfee0);
		}
		return switch (ch) {
			case '\ufe52' -> '.';
			case '\ufe6a' -> '%';
			case '\ufe63', '\u2212', '\u2010', '\u2011' -> '-';
			case '\u301c' -> '~';
			case '萬' -> '万';
			case '億' -> '亿';
			case '兩', '倆' -> '两';
			case '點' -> '点';
			case '個' -> '个';
			case '負' -> '负';
			case '幾' -> '几';
			case '陸' -> '陆';
			case '貳' -> '贰';
			case '參' -> '叁';
			case '圓' -> '圆';
			case '塊' -> '块';
			case '錢' -> '钱';
			case '餘' -> '余';
			case '對' -> '对';
			case '雙' -> '双';
			default -> ch;
		};
	}

	/** Offset in the original text of normalized offset {@code i}. */
	int origStart(int i) {
		return i < n ? orig[i] : original.length();
	}

	/**
	 * Offset in the original text just after the normalized range ending (exclusive) at
	 * {@code end}.
	 */
	int origEnd(int end) {
		return end <= 0 ? 0 : orig[end - 1] + 1;
	}

	String originalText(int start, int end) {
		return original.substring(origStart(start), origEnd(end));
	}

	boolean startsWith(int i, String s) {
		int len = s.length();
		if (i < 0 || i + len > n) {
			return false;
		}
		for (int k = 0; k < len; k++) {
			if (c[i + k] != s.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the text ending just before {@code end} is {@code s}. */
	boolean endsWith(int end, String s) {
		return startsWith(end - s.length(), s);
	}

	char at(int i) {
		return i >= 0 && i < n ? c[i] : '\0';
	}

	String slice(int start, int end) {
		return new String(c, start, end - start);
	}

}
