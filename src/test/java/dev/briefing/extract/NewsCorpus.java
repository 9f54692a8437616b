package dev.briefing.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dev.briefing.ingest.Article;

/**
 * The project's own news articles under {@code src/test/resources/news/}, written for
 * these tests: one article a file, the headline on the first line, published on the date
 * in the file name. Beside each, a gold TSV in the format of {@code score_extraction.py}.
 */
final class NewsCorpus {

	static final Path DIR = Path.of("src/test/resources/news");

	private NewsCorpus() {
	}

	static List<Path> articles() {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Article read(Path file) {
		try {
			String all = Files.readString(file);
			int nl = all.indexOf('\n');
			String name = file.getFileName().toString();
			return new Article(name, 1, all.substring(0, nl).strip(), LocalDate.parse(name.substring(0, 10)), null,
					null, all.substring(nl + 1).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path gold(Path article) {
		String name = article.getFileName().toString();
		return article.resolveSibling(name.substring(0, name.length() - 4) + ".tsv");
	}

	public static void main(String[] args) {
		for (Path f : articles()) {
			for (Quantity q : Extraction.PRODUCT.extract(read(f))) {
				System.out.println(f.getFileName() + "\t" + q.category().code() + "\t" + q.value().toPlainString()
						+ "\t" + (q.valueMax() == null ? "" : q.valueMax().toPlainString()) + "\t" + q.unit() + "\t"
						+ (q.counter() == null ? "" : q.counter()) + "\t" + q.qualifier().code() + "\t1\t"
						+ q.text().replace('\n', ' ') + "\t" + (q.label() == null ? "" : q.label()));
			}
		}
	}

}
