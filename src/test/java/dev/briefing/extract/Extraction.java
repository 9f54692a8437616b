package dev.briefing.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.UnreadableFileException;

/**
 * The extractor for tests: {@link #EXTRACTOR} with the unit tests' own small catalog
 * ({@code src/test/resources/extract/test-indicators.yml}), so that a user's edit of the
 * catalog cannot break them; {@link #PRODUCT} with the project's catalog, for the
 * acceptance corpora that measure the product as it ships.
 */
final class Extraction {

	static final BriefingConfig.Region REGION = new BriefingConfig.Region("郑州经开区", List.of("经开区", "郑州经济技术开发区"), "郑州市",
			"河南省");

	static final QuantityExtractor EXTRACTOR = new QuantityExtractor(
			IndicatorCatalog.load(Path.of("src/test/resources/extract/test-indicators.yml")), REGION);

	static final QuantityExtractor PRODUCT = new QuantityExtractor(
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
			out.addAll(PRODUCT.extract(a));
		}
		return out;
	}

	static List<Quantity> undated(String text) {
		return EXTRACTOR.extract(new Article("case.txt", 1, null, null, null, null, text));
	}

}
