package dev.briefing.job;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dev.briefing.report.IsoWeek;
import dev.briefing.report.WorkbookWriter;
import dev.briefing.store.StoredWeekData;

/**
 * Writes the workbooks of the given weeks from the store and records their paths in the
 * job's execution context under {@value #REPORT_KEY}, where {@code status} finds them,
 * and the sentences of the last one's {@code 本周要点} under {@value #HIGHLIGHTS_KEY}, one a
 * line, where the mail step finds them.
 */
class WriteWorkbookTasklet implements Tasklet {

	static final String REPORT_KEY = "report";

	static final String HIGHLIGHTS_KEY = "highlights";

	private static final Logger log = LoggerFactory.getLogger(WriteWorkbookTasklet.class);

	private final WorkbookWriter writer;

	private final DataSource dataSource;

	private final List<IsoWeek> weeks;

	private final Path reports;

	WriteWorkbookTasklet(WorkbookWriter writer, DataSource dataSource, List<IsoWeek> weeks, Path reports) {
		this.writer = writer;
		this.dataSource = dataSource;
		this.weeks = weeks;
		this.reports = reports;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StringBuilder written = new StringBuilder();
		List<String> highlights = List.of();
		for (IsoWeek week : weeks) {
			Path folder = WorkbookWriter.pathOf(reports, week).getParent();
			if (java.nio.file.Files.exists(folder) && !java.nio.file.Files.isDirectory(folder)) {
				throw new java.io.IOException(
						"cannot write the workbook of " + week + ": a file stands where its folder " + "should be ("
								+ folder + "); move it away, then run 'briefing restart'");
			}
			WorkbookWriter.Written workbook = writer.writeWeek(new StoredWeekData(week, dataSource), reports);
			Path path = workbook.path();
			log.info("Wrote the workbook of {}: {}", week, path);
			contribution.incrementWriteCount(1);
			written.append(written.isEmpty() ? "" : ";").append(path);
			highlights = workbook.highlights();
		}
		var context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		context.putString(REPORT_KEY, written.toString());
		context.putString(HIGHLIGHTS_KEY, String.join("\n", highlights));
		return RepeatStatus.FINISHED;
	}

}
