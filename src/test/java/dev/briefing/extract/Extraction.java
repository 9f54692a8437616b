package dev.briefing.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.UnreadableFileException;

/** The project's extractor with its own catalog, for tests. */
final class Extraction {

	static final BriefingConfig.Region REGION = new BriefingConfig.Region("郑州经开区", List.of("经开区", "郑州经济技术开发区"), "郑州市",
			"河南省");

	static final QuantityExtractor EXTRACTOR = new QuantityExtractor(
			IndicatorCatalog.load(Path.of("job-configs/indicators.yml")), REGION);

	static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 22);

	private Extraction() {
	}

	static List<Quantity> of(String text) {
		return EXTRACTOR.extract(new Article("case.txt", 1, null, PUBLISHED, null, null, text));
	}

	static List<Quantity> titled(String title, String text) {
		return EXTRACTOR.extract(new Article("case.txt", 1, title, PUBLISHED, null, null, text));
	}

	static List<Quantity> publishedOn(LocalDate date, String text) {
		return EXTRACTOR.extract(new Article("case.txt", 1, null, date, null, null, text));
	}

	/** Every quantity of every article the reader finds in the file. */
	static List<Quantity> ofFile(InboxFileReader reader, Path file) throws UnreadableFileException {
		List<Quantity> out = new java.util.ArrayList<>();
		for (Article a : reader.read(file, file.getFileName().toString()).articles()) {
			out.addAll(EXTRACTOR.extract(a));
		}
		return out;
	}

	static List<Quantity> undated(String text) {
		return EXTRACTOR.extract(new Article("case.txt", 1, null, null, null, null, text));
	}

}
