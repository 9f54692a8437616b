package dev.briefing.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import dev.briefing.ingest.PublicationDates;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.report.IsoWeek;
import dev.briefing.store.FileStore;
import dev.briefing.store.ProblemStore;
import dev.briefing.store.StoredFile;

/**
 * Records a skipped inbox file with its reason, so it shows in the workbook's
 * data-quality sheet, in the log's end-of-run summary, and is not reported again the next
 * night while it stays as it is. Files are skipped on the threads that read them; the
 * records are written just before the chunk's own writes, in its transaction, so a chunk
 * rolled back leaves no record of its skips either.
 */
class SkippedFileRecorder
		implements SkipListener<InboxEntry, IngestedFile>, ItemWriteListener<IngestedFile>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(SkippedFileRecorder.class);

	private final FileStore files;

	private final ProblemStore problems;

	private final LocalDate runDate;

	private final Clock clock;

	private final Queue<Skip> pending = new ConcurrentLinkedQueue<>();

	private record Skip(InboxEntry item, String reason, String key) {
	}

	private Long executionId;

	SkippedFileRecorder(FileStore files, ProblemStore problems, LocalDate runDate, Clock clock) {
		this.files = files;
		this.problems = problems;
		this.runDate = runDate;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		executionId = stepExecution.getJobExecutionId();
		pending.clear();
	}

	@Override
	public void onSkipInProcess(InboxEntry item, Throwable t) {
		pending.add(new Skip(item, t.getMessage(), t instanceof SkippedFileException s ? s.contentKey() : "unknown"));
	}

	@Override
	public void beforeWrite(Chunk<? extends IngestedFile> items) {
		for (Skip s; (s = pending.poll()) != null;) {
			record(s.item(), s.reason(), s.key());
		}
	}

	private void record(InboxEntry item, String reason, String key) {
		LocalDate date = PublicationDates.fromName(item.name());
		String week = IsoWeek.of(date != null ? date : runDate).toString();
		LocalDateTime now = LocalDateTime.now(clock);
		long id = files.insert(new StoredFile(0, item.name(), key, item.size(), item.modified(),
				StoredFile.Status.SKIPPED, reason, null, date, week, 0, executionId), now);
		problems.insert(new ReadProblem(ReadProblem.Kind.SKIPPED_FILE, item.name(), 0, reason), id, week, executionId,
				now);
		log.warn("Skipped {}: {}", item.name(), reason);
	}

}
