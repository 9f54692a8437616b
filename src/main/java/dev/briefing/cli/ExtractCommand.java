package dev.briefing.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.Quantity;
import dev.briefing.extract.QuantityExtractor;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.UnreadableFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Print every quantity found in the files, one JSON line per mention, without a database.",
				"Fields: file article title published category indicator label value valueMax unit counter "
						+ "qualifier period region direction text sentence, target (true for goals and forecasts) and "
						+ "where (title for a figure of the headline that the text does not repeat, else body).",
				"With --explain each line also has why: the words that decided its category and indicator "
						+ "(a keyword's score falls with its distance from the figure; 'article' is the weight of the "
						+ "article's own subject; 'next' the category that came second; '(a trigger)' marks a trigger "
						+ "of job-configs/indicators.yml counted as a keyword). Keywords and weights: "
						+ "src/main/resources/extract/category-words.tsv." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:every file was read",
				"1:a file could not be read (named on standard error)", "2:bad usage or config" })
final class ExtractCommand implements Callable<Integer> {

	@Mixin
	ConfigOption config;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Inbox files: .txt, .html/.htm, .jsonl.")
	List<Path> files;

	@Option(names = "--explain", description = "Add why: the words that decided each figure's category and indicator.")
	boolean explain;

	@Override
	public Integer call() {
		BriefingConfig c = config.load();
		QuantityExtractor extractor = new QuantityExtractor(IndicatorCatalog.load(c.catalog()), c.region());
		InboxFileReader reader = new InboxFileReader(c.inbox().maxFileBytes());
		int failed = 0;
		PrintStream out = Output.stdout();
		for (Path file : files) {
			try {
				SourceDocument doc = reader.read(file, file.getFileName().toString());
				for (Article article : doc.articles()) {
					for (Quantity q : extractor.extract(article, explain)) {
						out.println(Json.line(q));
					}
				}
			}
			catch (UnreadableFileException e) {
				failed++;
				System.err.println("briefing extract: skipped " + file + ": " + e.reason());
			}
		}
		out.flush();
		return failed == 0 ? 0 : 1;
	}

}
