package dev.briefing.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.briefing.ingest.ReadProblem;
import dev.briefing.report.IsoWeek;
import dev.briefing.store.FileStore;
import dev.briefing.store.ProblemStore;
import dev.briefing.store.StoredFile;

/**
 * Records a skipped inbox file with its reason, so it shows in the workbook's data-quality sheet, in the
 * log's end-of-run summary, and is not reported again the next night while it stays as it is.
 */
class SkippedFileRecorder implements SkipListener<InboxEntry, IngestedFile>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(SkippedFileRecorder.class);

	private static final Pattern DATE = Pattern.compile("(20\\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])");

	private final FileStore files;

	private final ProblemStore problems;

	private final LocalDate runDate;

	private final Clock clock;

	private final List<String> skipped = new ArrayList<>();

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
		skipped.clear();
	}

	@Override
	public void onSkipInProcess(InboxEntry item, Throwable t) {
		String reason = t.getMessage();
		String key = t instanceof SkippedFileException s ? s.contentKey() : "unknown";
		LocalDate date = dateInName(item.name());
		String week = IsoWeek.of(date != null ? date : runDate).toString();
		LocalDateTime now = LocalDateTime.now(clock);
		long id = files.insert(new StoredFile(0, item.name(), key, item.size(), item.modified(),
				StoredFile.Status.SKIPPED, reason, null, date, week, 0, executionId), now);
		problems.insert(new ReadProblem(ReadProblem.Kind.SKIPPED_FILE, item.name(), 0, reason), id, week, executionId,
				now);
		skipped.add(item.name() + ": " + reason);
		log.warn("Skipped {}: {}", item.name(), reason);
	}

	/** The files skipped in this step, each with its reason. */
	List<String> skipped() {
		return List.copyOf(skipped);
	}

	private static LocalDate dateInName(String name) {
		Matcher m = DATE.matcher(name);
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}
}
