package dev.briefing.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one inbox file into its articles. Placeholder: UTF-8 text, the whole file as one article, the
 * date from the file name.
 */
public final class InboxFileReader {

	private static final Pattern DATE = Pattern.compile("(20\\d{2})-?(\\d{2})-?(\\d{2})");

	private final long maxFileBytes;

	public InboxFileReader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	/**
	 * @param file the file to read
	 * @param name the name to report it by (relative to the inbox, or as given on the command line)
	 */
	public SourceDocument read(Path file, String name) throws UnreadableFileException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new UnreadableFileException(name, "not a regular file");
			}
			if (Files.size(file) > maxFileBytes) {
				throw new UnreadableFileException(name, "larger than the limit");
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			LocalDate date = null;
			Matcher m = DATE.matcher(name);
			if (m.find()) {
				date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			List<ReadProblem> problems = new ArrayList<>();
			if (date == null) {
				problems.add(new ReadProblem(ReadProblem.Kind.UNDATED, name, 0, "no publication date"));
			}
			return new SourceDocument(name, "UTF-8", date,
					List.of(new Article(name, 1, null, date, null, null, text.replaceAll("\\s+", ""))), problems);
		}
		catch (IOException e) {
			throw new UnreadableFileException(name, "cannot be read: " + e.getMessage(), e);
		}
	}
}
