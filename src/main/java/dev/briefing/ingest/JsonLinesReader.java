package dev.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON-lines feed: one article a line, {@code {"title","date","source","text"}},
 * {@code text} required. A line that is not such an object is reported as a broken line
 * with its number; the other lines are still read. The date comes from the line's
 * {@code date}, else from the file name; a byline at the start of the text
 * ({@code 新华社北京11月7日电}) gives the dateline.
 */
final class JsonLinesReader {

	/** Longest excerpt of a broken line's error shown to ops. */
	private static final int MAX_DETAIL = 160;

	private final JsonMapper mapper = JsonMapper.builder().build();

	SourceDocument read(byte[] bytes, String name, LocalDate dateInName)
			throws TextDecoder.NotTextException, UnreadableFileException {
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		String content = decoded.text();
		List<Article> articles = new ArrayList<>();
		List<ReadProblem> problems = new ArrayList<>();
		Bylines bylines = new Bylines();
		boolean undated = false;
		int lineNumber = 0;
		int from = 0;
		while (from <= content.length()) {
			int end = content.indexOf('\n', from);
			if (end < 0) {
				end = content.length();
			}
			lineNumber++;
			String line = content.substring(from, end).strip();
			from = end + 1;
			if (line.isEmpty()) {
				continue;
			}
			String problem = null;
			try {
				JsonNode node = mapper.readTree(line);
				if (node == null || !node.isObject()) {
					problem = "not a JSON object";
				}
				else {
					JsonNode text = node.get("text");
					if (text == null || !text.isString() || text.stringValue().isBlank()) {
						problem = "no \"text\"";
					}
					else {
						LocalDate date = PublicationDates.fromValue(string(node, "date"));
						if (date == null) {
							date = dateInName;
						}
						int number = articles.size() + 1;
						CleanText body = TextCleaner.clean(text.stringValue());
						String title = string(node, "title");
						Bylines.Byline byline = bylines.byline(body.text());
						String source = string(node, "source");
						if (source == null && byline != null) {
							source = byline.agency();
						}
						articles.add(new Article(name, number, title == null ? null : TextCleaner.cleanHeadline(title),
								date, byline == null ? null : byline.date(date), source, body.text(), body));
						if (date == null) {
							undated = true;
						}
					}
				}
			}
			catch (JacksonException e) {
				problem = "invalid JSON: " + e.getOriginalMessage();
			}
			if (problem != null) {
				problems.add(new ReadProblem(ReadProblem.Kind.BROKEN_LINE, name, 0,
						"line " + lineNumber + ": " + shorten(problem) + "; the line was skipped"));
			}
		}
		if (articles.isEmpty()) {
			throw new UnreadableFileException(name, problems.isEmpty() ? "no article in the feed"
					: "no readable line in the feed (" + problems.get(0).detail() + ")");
		}
		if (undated) {
			for (Article a : articles) {
				if (a.published() == null) {
					problems.add(new ReadProblem(ReadProblem.Kind.UNDATED, name, a.number(),
							"no publication date: the line has no \"date\" and the file name none"));
				}
			}
		}
		LocalDate published = articles.stream()
			.allMatch(a -> a.published() != null && a.published().equals(articles.get(0).published()))
					? articles.get(0).published() : dateInName;
		return new SourceDocument(name, decoded.encoding(), published, articles, problems);
	}

	private static String string(JsonNode node, String field) {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		String s = v.isString() ? v.stringValue() : v.toString();
		return s.isBlank() ? null : s.strip();
	}

	private static String shorten(String s) {
		String oneLine = s.replaceAll("\\s+", " ");
		return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
	}

}
