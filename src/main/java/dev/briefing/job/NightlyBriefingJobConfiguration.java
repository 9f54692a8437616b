package dev.briefing.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigException;
import dev.briefing.db.Dialect;
import dev.briefing.extract.QuantityExtractor;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.report.IsoWeek;
import dev.briefing.report.WorkbookWriter;
import dev.briefing.store.ArticleStore;
import dev.briefing.store.ArticleStore.StoredArticle;
import dev.briefing.store.FigureStore;
import dev.briefing.store.FileStore;
import dev.briefing.store.ProblemStore;

/**
 * The nightly job {@value #NIGHTLY}, identified by its run date (and a pass number when a
 * date is run again after it completed): ingest the inbox, extract the figures, write the
 * week's workbook, mail it. Also the job {@value #REFRESH} that re-extracts chosen weeks
 * after a catalog change and rewrites their workbooks.
 */
@Configuration(proxyBeanMethods = false)
class NightlyBriefingJobConfiguration {

	static final String NIGHTLY = "nightlyBriefing";

	static final String REFRESH = "refreshWeeks";

	static final String INGEST_STEP = "ingestArticles";

	static final String EXTRACT_STEP = "extractIndicators";

	static final String EXTRACT_PARTITION_STEP = "extractPartition";

	static final String WORKBOOK_STEP = "writeWorkbook";

	static final String SEND_STEP = "sendBriefing";

	static final int INGEST_CHUNK = 20;

	// --- ingestArticles: new inbox files -> files, articles, problems ---

	@Bean
	@StepScope
	InboxFileItemReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox, FileStore files,
			BriefingConfig config) {
		return new InboxFileItemReader(Path.of(inbox), files, config.timeZone());
	}

	@Bean
	@StepScope
	IngestedFileWriter ingestedFileWriter(@Value("#{jobParameters['runDate']}") LocalDate runDate, FileStore files,
			ArticleStore articles, ProblemStore problems, Clock clock) {
		return new IngestedFileWriter(files, articles, problems, runDate, clock);
	}

	@Bean
	@StepScope
	SkippedFileRecorder skippedFileRecorder(@Value("#{jobParameters['runDate']}") LocalDate runDate, FileStore files,
			ProblemStore problems, Clock clock) {
		return new SkippedFileRecorder(files, problems, runDate, clock);
	}

	/**
	 * The inbox in name order; the files ahead are read, cleaned, cut into articles and
	 * fingerprinted on the worker threads while the step writes the chunk before them.
	 */
	@Bean
	@StepScope
	ReadAheadReader<InboxEntry, IngestedFile> ingestReader(InboxFileItemReader inboxReader, InboxFileReader fileReader,
			FileStore files, ThreadPoolTaskExecutor workerExecutor, BriefingConfig config) {
		return new ReadAheadReader<>(inboxReader,
				new IngestFileProcessor(fileReader, files, config.inbox().maxFileBytes()), workerExecutor,
				2 * INGEST_CHUNK);
	}

	@Bean
	Step ingestArticles(JobRepository repository, PlatformTransactionManager tx, InboxFileItemReader inboxReader,
			ReadAheadReader<InboxEntry, IngestedFile> ingestReader, IngestedFileWriter ingestedFileWriter,
			SkippedFileRecorder skippedFileRecorder) {
		return new StepBuilder(INGEST_STEP, repository).<InboxEntry, IngestedFile>chunk(INGEST_CHUNK)
			.transactionManager(tx)
			.reader(ingestReader)
			// the step-scoped reader's own results, looked up when the step runs
			.processor(entry -> ingestReader.processor().process(entry))
			.writer(ingestedFileWriter)
			.faultTolerant()
			.skip(SkippedFileException.class)
			.skipLimit(Long.MAX_VALUE)
			// a skip listener and a step listener: registered once as both
			.listener((StepListener) skippedFileRecorder)
			.listener((StepListener) new ProgressLogger("files", inboxReader::total, Duration.ofSeconds(10)))
			.build();
	}

	// --- extractIndicators: articles not yet extracted -> figures, in key ranges ---

	@Bean
	@StepScope
	JdbcPagingItemReader<StoredArticle> articleReader(DataSource dataSource, BriefingConfig config,
			@Value("#{stepExecutionContext['from']}") Long from, @Value("#{stepExecutionContext['to']}") Long to)
			throws Exception {
		return new JdbcPagingItemReaderBuilder<StoredArticle>().name("articleReader")
			.dataSource(dataSource)
			.selectClause("SELECT " + ArticleStore.COLUMNS)
			.fromClause("FROM " + ArticleStore.QUEUED)
			.whereClause("WHERE " + ArticleStore.IN_RANGE)
			.parameterValues(Map.of("from", from, "to", to))
			.sortKeys(Map.of(ArticleStore.QUEUE_KEY, Order.ASCENDING))
			.pageSize(config.extract().chunkSize())
			.rowMapper(ArticleStore::mapRow)
			// What was extracted left the queue in its chunk; a restart reads what is
			// left of the range.
			.saveState(false)
			.build();
	}

	@Bean
	ProgressLogger extractProgress(ArticleStore articles) {
		return new ProgressLogger("articles", articles::countToExtract, Duration.ofSeconds(5));
	}

	/**
	 * One partition of the extract step: the queued articles of one key range, read in
	 * key order; each chunk writes their figures and takes them off the queue in one
	 * transaction.
	 */
	@Bean
	Step extractPartition(JobRepository repository, PlatformTransactionManager tx,
			JdbcPagingItemReader<StoredArticle> articleReader, QuantityExtractor extractor, FigureStore figures,
			ArticleStore articles, ProgressLogger extractProgress, BriefingConfig config) {
		return new StepBuilder(EXTRACT_PARTITION_STEP, repository)
			.<StoredArticle, ExtractedArticle>chunk(config.extract().chunkSize())
			.transactionManager(tx)
			.reader(articleReader)
			.processor(new ExtractArticleProcessor(extractor))
			.writer(new FigureWriter(figures, articles))
			.listener(extractProgress.writes())
			.build();
	}

	/**
	 * The manager step: cuts the queue into {@code scale.partitions} key ranges. With
	 * {@code scale.workers: local} they run on {@code extract.threads} threads of this
	 * process, so that one partition's writes overlap another's extraction; with
	 * {@code remote} they are sent to {@code briefing worker} processes through the
	 * shared database ({@link RemotePartitionHandler}). A restart reruns only the
	 * partitions that did not finish, in the ranges they had.
	 */
	@Bean
	Step extractIndicators(JobRepository repository, Step extractPartition, ArticleStore articles,
			ProgressLogger extractProgress, ThreadPoolTaskExecutor partitionExecutor, QueueChannel partitionRequests,
			Dialect dialect, BriefingConfig config) {
		int gridSize = Math.max(1, config.scale().partitions());
		var step = new StepBuilder(EXTRACT_STEP, repository)
			.partitioner(EXTRACT_PARTITION_STEP, new ExtractPartitioner(articles))
			.step(extractPartition)
			.gridSize(gridSize);
		if (config.scale().workers() == BriefingConfig.Scale.Workers.REMOTE) {
			if (dialect != Dialect.POSTGRESQL) {
				throw new ConfigException("scale.workers: remote needs the shared PostgreSQL database "
						+ "(--database jdbc:postgresql://HOST:PORT/DB), not " + dialect.describe(config.database()));
			}
			step.partitionHandler(new RemotePartitionHandler(partitionRequests, repository, EXTRACT_PARTITION_STEP,
					gridSize, config.scale().partitionTimeout()));
		}
		else {
			step.taskExecutor(partitionExecutor);
		}
		return step.listener(extractProgress).build();
	}

	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskExecutor partitionExecutor(BriefingConfig config) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(Math.max(1, config.extract().threads()));
		executor.setMaxPoolSize(Math.max(1, config.extract().threads()));
		executor.setThreadNamePrefix("partition-");
		executor.setDaemon(true);
		executor.initialize();
		return executor;
	}

	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskExecutor workerExecutor(BriefingConfig config) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(config.extract().threads());
		executor.setMaxPoolSize(config.extract().threads());
		executor.setThreadNamePrefix("worker-");
		executor.setDaemon(true);
		executor.initialize();
		return executor;
	}

	// --- writeWorkbook: the run date's week (nightly) or the chosen weeks (refresh) ---

	@Bean
	@StepScope
	WriteWorkbookTasklet writeWorkbookTasklet(@Value("#{jobParameters['runDate']}") LocalDate runDate,
			@Value("#{jobParameters['weeks']}") String weeks, @Value("#{jobParameters['reports']}") String reports,
			WorkbookWriter writer, DataSource dataSource) {
		List<IsoWeek> list = weeks == null || weeks.isBlank() ? List.of(IsoWeek.of(runDate))
				: Arrays.stream(weeks.split(",")).map(IsoWeek::parse).toList();
		return new WriteWorkbookTasklet(writer, dataSource, list, Path.of(reports));
	}

	@Bean
	Step writeWorkbook(JobRepository repository, PlatformTransactionManager tx,
			WriteWorkbookTasklet writeWorkbookTasklet) {
		return new StepBuilder(WORKBOOK_STEP, repository).tasklet(writeWorkbookTasklet, tx).build();
	}

	// --- sendBriefing: the night's workbook to the recipients of delivery.mail ---

	@Bean
	@StepScope
	SendBriefingTasklet sendBriefingTasklet(@Value("#{jobParameters['runDate']}") LocalDate runDate,
			@Value("#{jobParameters['resend']}") String resend, ObjectProvider<JavaMailSender> sender,
			BriefingConfig config, Deliveries deliveries) {
		return new SendBriefingTasklet(sender.getIfAvailable(), config, deliveries, runDate,
				Boolean.parseBoolean(resend));
	}

	@Bean
	Step sendBriefing(JobRepository repository, PlatformTransactionManager tx,
			SendBriefingTasklet sendBriefingTasklet) {
		return new StepBuilder(SEND_STEP, repository).tasklet(sendBriefingTasklet, tx).build();
	}

	// --- refreshWeeks: mark the chosen weeks' articles for extraction again ---

	@Bean
	@StepScope
	ResetExtractionTasklet resetExtractionTasklet(@Value("#{jobParameters['weeks']}") String weeks,
			ArticleStore articles, FigureStore figures) {
		return new ResetExtractionTasklet(articles, figures, Arrays.asList(weeks.split(",")));
	}

	@Bean
	Step resetExtraction(JobRepository repository, PlatformTransactionManager tx,
			ResetExtractionTasklet resetExtractionTasklet) {
		return new StepBuilder("resetExtraction", repository).tasklet(resetExtractionTasklet, tx).build();
	}

	// --- the jobs ---

	@Bean
	Job nightlyBriefing(JobRepository repository, Step ingestArticles, Step extractIndicators, Step writeWorkbook,
			Step sendBriefing, RunSummaryListener runSummaryListener, RunningExecution runningExecution) {
		return new JobBuilder(NIGHTLY, repository)
			.validator(new DefaultJobParametersValidator(new String[] { "runDate", "inbox", "reports" },
					new String[] { "pass", "resend" }))
			.listener(runSummaryListener)
			.listener(runningExecution)
			.start(ingestArticles)
			.next(extractIndicators)
			.next(writeWorkbook)
			.next(sendBriefing)
			.build();
	}

	@Bean
	Job refreshWeeks(JobRepository repository, Step resetExtraction, Step extractIndicators, Step writeWorkbook,
			RunSummaryListener runSummaryListener, RunningExecution runningExecution) {
		return new JobBuilder(REFRESH, repository)
			.validator(new DefaultJobParametersValidator(new String[] { "weeks", "reports", "requested" },
					new String[] { "runDate" }))
			.listener(runSummaryListener)
			.listener(runningExecution)
			.start(resetExtraction)
			.next(extractIndicators)
			.next(writeWorkbook)
			.build();
	}

}
