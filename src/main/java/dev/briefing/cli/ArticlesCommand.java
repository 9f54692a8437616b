package dev.briefing.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.UnreadableFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "articles", mixinStandardHelpOptions = true,
		description = { "Print the articles found in each file, one JSON line each:",
				"{\"file\",\"article\",\"title\",\"published\",\"dateline\",\"text\"}; article counts from 1 in "
						+ "reading order, text is the cleaned body." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:every file was read",
				"1:a file could not be read (named on standard error)", "2:bad usage or config" })
final class ArticlesCommand implements Callable<Integer> {

	@Mixin
	ConfigOption config;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Inbox files: .txt, .html/.htm, .jsonl.")
	List<Path> files;

	record Line(String file, int article, String title, LocalDate published, LocalDate dateline, String text) {
	}

	@Override
	public Integer call() {
		BriefingConfig c = config.load();
		InboxFileReader reader = new InboxFileReader(c.inbox().maxFileBytes());
		int failed = 0;
		PrintStream out = Output.stdout();
		for (Path file : files) {
			try {
				SourceDocument doc = reader.read(file, file.getFileName().toString());
				for (Article a : doc.articles()) {
					out.println(Json
						.line(new Line(a.file(), a.number(), a.title(), a.published(), a.dateline(), a.text())));
				}
			}
			catch (UnreadableFileException e) {
				failed++;
				System.err.println("briefing articles: skipped " + file + ": " + e.reason());
			}
		}
		out.flush();
		return failed == 0 ? 0 : 1;
	}

}
