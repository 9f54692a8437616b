package dev.briefing.ingest;

import java.time.LocalDate;

/**
 * One article as read from an inbox file.
 *
 * @param file the file name (relative to the inbox)
 * @param number position in the file's reading order, from 1
 * @param title the headline, or null where the page gives none
 * @param published the publication date (file name, HTML metadata or JSON field), or null
 * @param dateline the date of a dateline such as {@code 新华社北京11月21日电}, or null
 * @param source the paper or agency where known, or null
 * @param text the cleaned body: layout breaks joined, layout spaces dropped, full-width forms folded
 */
public record Article(String file, int number, String title, LocalDate published, LocalDate dateline,
		String source, String text) {

	/** The date the article's figures are resolved against: publication, else dateline. */
	public LocalDate referenceDate() {
		return published != null ? published : dateline;
	}
}
