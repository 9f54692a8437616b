package dev.briefing.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import dev.briefing.ingest.Article;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.report.IsoWeek;
import dev.briefing.store.ArticleStore;
import dev.briefing.store.FileStore;
import dev.briefing.store.ProblemStore;
import dev.briefing.store.StoredFile;

/**
 * Stores the files read, their articles and the problems found on the way, in the chunk's
 * transaction. An article is filed under the week of its publication date (else its
 * dateline, else the file's date, else the run date, reported as undated).
 */
class IngestedFileWriter implements ItemWriter<IngestedFile>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestedFileWriter.class);

	private final FileStore files;

	private final ArticleStore articles;

	private final ProblemStore problems;

	private final LocalDate runDate;

	private final Clock clock;

	private Long executionId;

	IngestedFileWriter(FileStore files, ArticleStore articles, ProblemStore problems, LocalDate runDate, Clock clock) {
		this.files = files;
		this.articles = articles;
		this.problems = problems;
		this.runDate = runDate;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		executionId = stepExecution.getJobExecutionId();
	}

	@Override
	public void write(Chunk<? extends IngestedFile> chunk) {
		LocalDateTime now = LocalDateTime.now(clock);
		List<IngestedFile> read = new ArrayList<>();
		List<StoredFile> records = new ArrayList<>();
		for (IngestedFile f : chunk) {
			if (f.knownId() != null) {
				files.touch(f.knownId(), f.entry().modified());
				continue;
			}
			SourceDocument doc = f.document();
			records.add(new StoredFile(0, f.entry().name(), f.contentKey(), f.entry().size(), f.entry().modified(),
					StoredFile.Status.READ, null, doc.encoding(), doc.published(), fileWeek(doc), doc.articles().size(),
					executionId));
			read.add(f);
		}
		List<Long> fileIds = files.insert(records, now);
		List<ArticleStore.NewArticle> batch = new ArrayList<>();
		for (int k = 0; k < read.size(); k++) {
			SourceDocument doc = read.get(k).document();
			long fileId = fileIds.get(k);
			LocalDate fileDate = doc.published() != null ? doc.published() : runDate;
			for (int i = 0; i < doc.articles().size(); i++) {
				Article a = doc.articles().get(i);
				LocalDate date = a.referenceDate() != null ? a.referenceDate() : fileDate;
				batch.add(new ArticleStore.NewArticle(fileId, a, IsoWeek.of(date).toString(),
						read.get(k).fingerprints().get(i)));
			}
			for (ReadProblem p : doc.problems()) {
				problems.insert(p, fileId, problemWeek(p, doc, fileWeek(doc)), executionId, now);
			}
		}
		List<ArticleStore.Inserted> stored = articles.insert(batch);
		int at = 0;
		for (IngestedFile f : read) {
			int n = f.document().articles().size();
			long duplicates = stored.subList(at, at + n).stream().filter(x -> x.duplicateOf() != null).count();
			at += n;
			log.info("Took in {}: {} article(s){}{}", f.entry().name(), n,
					duplicates > 0 ? ", " + duplicates + " repeating articles stored before" : "",
					f.document().problems().isEmpty() ? "" : ", " + f.document().problems().size() + " problem(s)");
		}
	}

	/** The week of a file's date, else of the run date. */
	private String fileWeek(SourceDocument doc) {
		return IsoWeek.of(doc.published() != null ? doc.published() : runDate).toString();
	}

	/** An article's problem goes to the article's week; a file's to the file's. */
	private String problemWeek(ReadProblem p, SourceDocument doc, String fileWeek) {
		if (p.article() > 0 && p.article() <= doc.articles().size()) {
			LocalDate d = doc.articles().get(p.article() - 1).referenceDate();
			if (d != null) {
				return IsoWeek.of(d).toString();
			}
		}
		return fileWeek;
	}

}
