package dev.briefing.ingest;

/**
 * Layout cleanup of Chinese news text: lines broken by the layout are joined (a line
 * ending a sentence keeps its break), spaces the layout put between Chinese characters
 * and inside numbers are dropped ({@code 根 据 天 气}, {@code 11月 20 日},
 * {@code 165.8789 亿元}), spaces between Latin words are kept, full-width letters, digits
 * and symbols are folded ({@code ６０％} → {@code 60%}) while the Chinese punctuation marks
 * ({@code ，。：；？！（）“”}) stay. Stateless and thread-safe.
 */
public final class TextCleaner {

	private TextCleaner() {
	}

	/** Cleans a text whose line breaks may come from a layout. */
	public static CleanText clean(String text) {
		return join(LayoutText.of(text), false);
	}

	/**
	 * Cleans a headline given as one string (HTML, JSON): full-width forms folded,
	 * invisible characters dropped, white space of any kind collapsed to one space, which
	 * stays: it separates the parts of the headline.
	 */
	public static String cleanHeadline(String headline) {
		StringBuilder out = new StringBuilder(headline.length());
		boolean space = false;
		for (int i = 0; i < headline.length(); i++) {
			char c = headline.charAt(i);
			switch (Chars.kind(c)) {
				case Chars.KEEP -> {
					if (space && !out.isEmpty()) {
						out.append(' ');
					}
					space = false;
					out.append(Chars.fold(c));
				}
				case Chars.SPACE, Chars.BREAK -> space = true;
				default -> {
				}
			}
		}
		return out.toString();
	}

	/**
	 * Cleans a text whose blank lines separate paragraphs (text taken from HTML blocks),
	 * where the layout leaves blank lines anywhere.
	 */
	static CleanText cleanBlocks(String text) {
		return join(LayoutText.of(text), true);
	}

	private static CleanText join(LayoutText layout, boolean blankLineEndsParagraph) {
		BodyBuilder body = new BodyBuilder(layout, layout.original.length());
		for (int i = 0; i < layout.lineCount(); i++) {
			if (!layout.isBlank(i)) {
				body.add(i, false);
			}
			else if (blankLineEndsParagraph) {
				body.endParagraph();
			}
		}
		return body.build();
	}

}
