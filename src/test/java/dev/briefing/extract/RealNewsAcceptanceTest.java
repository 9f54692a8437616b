package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.UnreadableFileException;

/**
 * Documents in the form Chinese economic news is published
 * ({@code src/test/resources/realnews/}: central-bank, statistics, fiscal, customs and
 * bond releases, financing rounds, SME indices, PMI, employment; text, JSON lines and
 * HTML pages with their tables and page furniture), read as {@code briefing extract}
 * reads them and scored by the rules of {@code score_extraction.py} against their gold
 * rows.
 */
class RealNewsAcceptanceTest {

	private static final Path DIR = Path.of("src/test/resources/realnews");

	@Test
	void meetsTheLevelsReachedOnPublishedStyleNews() throws IOException, UnreadableFileException {
		InboxFileReader reader = new InboxFileReader(10L * 1024 * 1024);
		ScoreRules.Tally t = new ScoreRules.Tally();
		List<Path> files;
		try (Stream<Path> list = Files.list(DIR)) {
			files = list.filter(f -> f.toString().matches(".*\\.(txt|html|jsonl)$")).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			ScoreRules.add(t, name, ScoreRules.read(DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".tsv")),
					Extraction.ofFile(reader, file));
		}
		System.out.println("realnews: " + t);
		t.misses.forEach(System.out::println);
		assertThat(files).hasSize(55);
		assertThat(t.required).isGreaterThan(2150);
		assertThat(t.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(t.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(t.category()).isGreaterThanOrEqualTo(0.95);
		assertThat(t.qualifier()).isGreaterThanOrEqualTo(0.99);
		assertThat(t.indicatorF1()).isGreaterThanOrEqualTo(0.94);
	}

}
