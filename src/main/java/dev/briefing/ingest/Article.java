package dev.briefing.ingest;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One article as read from an inbox file.
 *
 * @param file the file name (relative to the inbox)
 * @param number position in the file's reading order, from 1
 * @param title the headline, or null where the page gives none
 * @param published the publication date (file name, HTML metadata or JSON field), or null
 * @param dateline the date of a dateline such as {@code 新华社北京11月21日电}, or null
 * @param source the paper or agency where known, or null
 * @param text the cleaned body: layout breaks joined, layout spaces dropped, full-width
 * forms folded
 * @param layout the cleaned body with the offsets of its characters in the text as read
 * from the file, or null where the article did not come from a file just read (from the
 * database, say)
 */
public record Article(String file, int number, String title, LocalDate published, LocalDate dateline, String source,
		String text, @JsonIgnore CleanText layout) {

	public Article {
		if (layout != null && !layout.text().equals(text)) {
			throw new IllegalArgumentException("layout does not hold the article's text");
		}
	}

	/** An article without the way back to its original text. */
	public Article(String file, int number, String title, LocalDate published, LocalDate dateline, String source,
			String text) {
		this(file, number, title, published, dateline, source, text, null);
	}

	/**
	 * The date the article's figures are resolved against: publication, else dateline.
	 */
	public LocalDate referenceDate() {
		return published != null ? published : dateline;
	}

	/**
	 * What the reader sees for the cleaned span {@code [start, end)} of {@link #text()}:
	 * the original text with its layout spaces and breaks where the article was just
	 * read, else the cleaned span itself.
	 */
	public String originalText(int start, int end) {
		return layout != null ? layout.originalSpan(start, end) : text.substring(start, end);
	}
}
