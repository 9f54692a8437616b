package dev.briefing.job;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database as the first release left it: its tables made by that release's schema files
 * ({@code src/test/resources/db/round1}, run the way it ran them, without a migration
 * history), one completed night of 2024-11-15 in Spring Batch's tables, and that night's
 * file, article and two figures of week 2024-W46 in the store.
 */
final class Round1Database {

	static final String RUN_DATE = "2024-11-15";

	private Round1Database() {
	}

	static void create(String url) throws Exception {
		SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(), url, "SA", "");
		new ResourceDatabasePopulator(new ClassPathResource("db/round1/batch-schema-hsqldb.sql"),
				new ClassPathResource("db/round1/briefing-schema.sql"))
			.execute(ds);
		JdbcTemplate jdbc = new JdbcTemplate(ds);
		jdbc.update(
				"""
						INSERT INTO BRIEFING_FILE (ID, NAME, CONTENT_KEY, SIZE_BYTES, MODIFIED, STATUS, ENCODING, PUBLISHED, WEEK,
						  ARTICLES, EXECUTION_ID, INGESTED_AT)
						VALUES (NEXT VALUE FOR BRIEFING_FILE_SEQ, '2024-11-15_page1.txt', 'k1', 1200, TIMESTAMP '2024-11-15 08:00:00',
						  'READ', 'UTF-8', DATE '2024-11-15', '2024-W46', 1, 1, TIMESTAMP '2024-11-16 02:30:00')""");
		jdbc.update(
				"""
						INSERT INTO BRIEFING_ARTICLE (ID, FILE_ID, FILE_NAME, SEQ, TITLE, PUBLISHED, WEEK, EXACT_KEY, FIGURES_KEY)
						VALUES (NEXT VALUE FOR BRIEFING_ARTICLE_SEQ, 1, '2024-11-15_page1.txt', 1, '融资服务再提速', DATE '2024-11-15',
						  '2024-W46', 'e1', 'f1')""");
		jdbc.update("INSERT INTO BRIEFING_ARTICLE_TEXT (ARTICLE_ID, BODY) VALUES (1, ?)",
				"经开区已走访小微企业32375家，走访覆盖率达到86.7%。");
		jdbc.update(
				"INSERT INTO BRIEFING_SENTENCE (SENTENCE_ID, SENTENCE) VALUES (NEXT VALUE FOR BRIEFING_SENTENCE_SEQ, ?)",
				"经开区已走访小微企业32375家，走访覆盖率达到86.7%。");
		jdbc.update(
				"""
						INSERT INTO BRIEFING_FIGURE (ARTICLE_ID, SEQ, WEEK, PUBLISHED, CATEGORY, INDICATOR, LABEL, VALUE, UNIT, COUNTER,
						  QUALIFIER, REGION, TEXT, SENTENCE_ID, START_OFFSET, END_OFFSET)
						VALUES (1, 1, '2024-W46', DATE '2024-11-15', 'financing', 'financing.enterprises_visited', '走访小微企业数', 32375,
						  'COUNT', '家', 'exact', '经开区', '32375家', 1, 9, 15),
						  (1, 2, '2024-W46', DATE '2024-11-15', 'financing', 'financing.visit_coverage', '走访覆盖率', 86.7,
						  'PERCENT', NULL, 'exact', '经开区', '86.7%', 1, 22, 27)""");
		jdbc.update(
				"""
						INSERT INTO BRIEFING_PROBLEM (KIND, FILE_NAME, DETAIL, WEEK, EXECUTION_ID, CREATED)
						VALUES ('UNDATED', 'note.txt', 'no publication date in the file', '2024-W46', 1, TIMESTAMP '2024-11-16 02:30:00')""");
		completedNight(ds);
		jdbc.execute("SHUTDOWN");
	}

	/** One completed nightly execution, written by Spring Batch's own repository. */
	private static void completedNight(DataSource ds) throws Exception {
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(ds);
		factory.setTransactionManager(new DataSourceTransactionManager(ds));
		factory.afterPropertiesSet();
		JobRepository repository = factory.getObject();
		JobParameters params = new JobParametersBuilder().addLocalDate("runDate", LocalDate.parse(RUN_DATE))
			.addLong("pass", 1L)
			.addString("inbox", "/srv/inbox", false)
			.addString("reports", "/srv/reports", false)
			.toJobParameters();
		JobInstance instance = repository.createJobInstance(NightlyBriefingJobConfiguration.NIGHTLY, params);
		JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
		execution.setStartTime(LocalDateTime.parse(RUN_DATE + "T02:30:00").plusDays(1));
		for (String name : new String[] { NightlyBriefingJobConfiguration.INGEST_STEP,
				NightlyBriefingJobConfiguration.EXTRACT_STEP, NightlyBriefingJobConfiguration.WORKBOOK_STEP }) {
			StepExecution step = repository.createStepExecution(name, execution);
			step.setStartTime(execution.getStartTime());
			step.setReadCount(1);
			step.setWriteCount(1);
			step.setStatus(BatchStatus.COMPLETED);
			step.setEndTime(execution.getStartTime().plusSeconds(5));
			repository.update(step);
		}
		execution.setStatus(BatchStatus.COMPLETED);
		execution.setExitStatus(org.springframework.batch.core.ExitStatus.COMPLETED);
		execution.setEndTime(execution.getStartTime().plusSeconds(6));
		execution.getExecutionContext().putString(WriteWorkbookTasklet.REPORT_KEY, "/srv/reports/2024-W46.xlsx");
		repository.update(execution);
		repository.updateExecutionContext(execution);
	}

}
