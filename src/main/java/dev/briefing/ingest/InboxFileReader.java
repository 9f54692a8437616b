package dev.briefing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one inbox file into its articles: {@code .txt} pages of layout text (UTF-8 with
 * or without BOM, or GB18030, told from the bytes) cut into articles;
 * {@code .html}/{@code .htm} pages; {@code .jsonl} feeds of one article a line. A file
 * that cannot be read raises {@link UnreadableFileException} with a reason for ops; what
 * is wrong but does not stop the file (no date, a broken feed line) is listed in the
 * document's problems. Thread-safe: one instance serves every thread.
 */
public final class InboxFileReader {

	private static final String EXPECTED = "expected .txt, .html, .htm or .jsonl";

	private final long maxFileBytes;

	private final PageReader pages = new PageReader();

	private final HtmlArticleReader html = new HtmlArticleReader();

	private final JsonLinesReader jsonLines = new JsonLinesReader();

	/**
	 * @param maxFileBytes larger files are not read ({@code inbox.max-file-mb} of the job
	 * config)
	 */
	public InboxFileReader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	/**
	 * @param file the file to read
	 * @param name the name to report it by (relative to the inbox, or as given on the
	 * command line); a date in it ({@code 2024-11-22}, {@code 20241122}) is the
	 * publication date
	 */
	public SourceDocument read(Path file, String name) throws UnreadableFileException {
		try {
			checkIsFile(file, name);
			String extension = extension(file);
			if (!List.of("txt", "html", "htm", "jsonl").contains(extension)) {
				throw new UnreadableFileException(name, extension.isEmpty() ? "no file extension (" + EXPECTED + ")"
						: "unsupported file type '." + extension + "' (" + EXPECTED + ")");
			}
			byte[] bytes = readBounded(file, name);
			LocalDate dateInName = PublicationDates.fromName(name);
			return switch (extension) {
				case "txt" -> text(bytes, name, dateInName);
				case "jsonl" -> jsonLines.read(bytes, name, dateInName);
				default -> html.read(bytes, name, dateInName);
			};
		}
		catch (TextDecoder.NotTextException e) {
			throw new UnreadableFileException(name, e.getMessage(), e);
		}
		catch (AccessDeniedException e) {
			throw new UnreadableFileException(name, "cannot be read: permission denied", e);
		}
		catch (NoSuchFileException e) {
			throw new UnreadableFileException(name, "does not exist (removed while it was read?)", e);
		}
		catch (IOException e) {
			throw new UnreadableFileException(name, "cannot be read: " + e, e);
		}
		catch (RuntimeException | StackOverflowError e) {
			// bad content must never stop a run: whatever a parser throws, the file is
			// skipped with its reason
			throw new UnreadableFileException(name, "could not be parsed: " + e, e);
		}
	}

	private SourceDocument text(byte[] bytes, String name, LocalDate published)
			throws TextDecoder.NotTextException, UnreadableFileException {
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		PageReader.Page page = pages.read(decoded.text(), name, published);
		List<Article> articles = page.articles();
		published = page.published();
		if (articles.isEmpty()) {
			throw new UnreadableFileException(name, "no article text found (only headlines, bylines or photo credits)");
		}
		List<ReadProblem> problems = new ArrayList<>();
		if (published == null) {
			problems.add(undated(name));
		}
		return new SourceDocument(name, decoded.encoding(), published, articles, problems);
	}

	static ReadProblem undated(String name) {
		return new ReadProblem(ReadProblem.Kind.UNDATED, name, 0,
				"no publication date: put it in the file name (2024-11-22 or 20241122)");
	}

	private static void checkIsFile(Path file, String name) throws IOException, UnreadableFileException {
		if (Files.isSymbolicLink(file) && !Files.exists(file)) {
			throw new UnreadableFileException(name,
					"broken symbolic link: points to " + Files.readSymbolicLink(file) + ", which does not exist");
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
			throw new UnreadableFileException(name, "does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new UnreadableFileException(name, "is a folder, not a file");
		}
		if (!Files.isRegularFile(file)) {
			throw new UnreadableFileException(name, "not a regular file (a device, pipe or socket)");
		}
		if (!Files.isReadable(file)) {
			throw new UnreadableFileException(name, "cannot be read: permission denied");
		}
	}

	private byte[] readBounded(Path file, String name) throws IOException, UnreadableFileException {
		long size = Files.size(file);
		if (size > maxFileBytes) {
			throw tooLarge(name, size);
		}
		int limit = (int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 16);
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(limit);
		}
		if (bytes.length > maxFileBytes) {
			throw tooLarge(name, Files.size(file));
		}
		return bytes;
	}

	private UnreadableFileException tooLarge(String name, long size) {
		return new UnreadableFileException(name,
				String.format(Locale.ROOT, "too large: %s (%d bytes), over the limit of %s set by inbox.max-file-mb",
						size(size), size, size(maxFileBytes)));
	}

	/** {@code 10 MB}, {@code 12.5 MB}, {@code 2 KB}, {@code 300 bytes}. */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		boolean mega = bytes >= 1024 * 1024;
		double value = bytes / (mega ? 1024.0 * 1024.0 : 1024.0);
		String unit = mega ? " MB" : " KB";
		return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
				+ unit;
	}

	private static String extension(Path file) {
		Path fileName = file.getFileName();
		String n = fileName == null ? "" : fileName.toString();
		int dot = n.lastIndexOf('.');
		return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
