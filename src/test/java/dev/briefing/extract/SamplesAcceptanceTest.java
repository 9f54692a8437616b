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
 * The demo inbox ({@code samples/inbox/}: newspaper pages, an agency feed, an e-paper
 * page) against its gold rows in {@code src/test/resources/samples-gold/}, read as
 * {@code briefing extract} reads it and scored by the rules of
 * {@code score_extraction.py}.
 */
class SamplesAcceptanceTest {

	private static final Path INBOX = Path.of("samples/inbox");

	private static final Path GOLD = Path.of("src/test/resources/samples-gold");

	@Test
	void meetsTheLevelsReachedOnTheDemoInbox() throws IOException, UnreadableFileException {
		InboxFileReader reader = new InboxFileReader(10L * 1024 * 1024);
		ScoreRules.Tally t = new ScoreRules.Tally();
		List<Path> files;
		try (Stream<Path> list = Files.list(INBOX)) {
			files = list.sorted().toList();
		}
		int scored = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			Path gold = GOLD.resolve(name.substring(0, name.lastIndexOf('.')) + ".tsv");
			if (!Files.isRegularFile(gold)) {
				continue;
			}
			ScoreRules.add(t, name, ScoreRules.read(gold), Extraction.ofFile(reader, file));
			scored++;
		}
		System.out.println("samples: " + t);
		t.misses.forEach(System.out::println);
		assertThat(scored).isEqualTo(11);
		assertThat(t.required).isGreaterThan(250);
		assertThat(t.recall()).isGreaterThanOrEqualTo(0.98);
		assertThat(t.precision()).isGreaterThanOrEqualTo(0.98);
		assertThat(t.category()).isGreaterThanOrEqualTo(0.97);
		assertThat(t.qualifier()).isGreaterThanOrEqualTo(0.97);
		assertThat(t.indicatorF1()).isGreaterThanOrEqualTo(0.96);
	}

}
