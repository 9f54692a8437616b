package dev.briefing.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What one inbox file held.
 *
 * @param file the file name as reported (relative to the inbox)
 * @param encoding the character encoding the bytes were decoded with, or null for
 * HTML/JSON decided elsewhere
 * @param published the file's publication date, or null where none was found
 * @param articles the articles in reading order
 * @param problems what was wrong but did not stop the file from being read (no date, a
 * broken line)
 */
public record SourceDocument(String file, String encoding, LocalDate published, List<Article> articles,
		List<ReadProblem> problems) {
}
