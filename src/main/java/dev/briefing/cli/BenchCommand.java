package dev.briefing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.briefing.bench.Benchmark;
import dev.briefing.bench.PageGenerator;
import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigLoader;
import dev.briefing.db.Dialect;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.QuantityExtractor;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Generate N pages and measure, in one JVM after a warm-up: the scan floor (decode, NFKC, one "
						+ "regex pass for digits), extraction alone (reading, cleanup, segmentation, extraction; no "
						+ "database) and the whole nightly job on a fresh database in DIR.",
				"Ends with one JSON line: {\"pages\",\"chars\",\"floor_mchar_s\",\"extract_mchar_s\",\"run_seconds\","
						+ "\"run_mchar_s\",\"peak_heap_mb\",\"database\"} (Mchar/s: millions of characters per second; "
						+ "database: hsqldb or postgresql); with --workers also \"workers\": for each worker its "
						+ "partitions, articles, chars, busy_seconds (its partitions' run time) and mchar_s." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:measured", "1:the job failed", "2:bad usage or config" })
final class BenchCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(BenchCommand.class);

	private static final LocalDate LAST_DAY = LocalDate.of(2024, 11, 22);

	@Option(names = "--pages", required = true, paramLabel = "N", description = "Pages to generate.")
	int pages;

	@Option(names = "--workdir", required = true, paramLabel = "DIR",
			description = "Scratch folder for the pages, the database and the workbook (its old database is removed).")
	Path workdir;

	@Option(names = "--weeks", paramLabel = "W", defaultValue = "8",
			description = "Weeks the pages are spread over (default: ${DEFAULT-VALUE}).")
	int weeks;

	@Option(names = "--database", paramLabel = "JDBC_URL",
			description = "Measure the night on this database instead of a fresh HSQLDB file database in DIR; it must "
					+ "hold no files yet (e.g. a new PostgreSQL database: createdb briefing_bench).")
	String database;

	@Option(names = "--workers", paramLabel = "N",
			description = "Run the night with scale.workers: remote and N 'briefing worker' processes started here "
					+ "(needs --database jdbc:postgresql://…); the JSON line then lists each worker's partitions, "
					+ "articles and Mchar/s.")
	Integer workers;

	@Option(names = "--worker-threads", paramLabel = "T", defaultValue = "1",
			description = "Threads of each worker started by --workers (default: ${DEFAULT-VALUE}).")
	int workerThreads;

	@Mixin
	ConfigOption config;

	@Mixin
	PartitionsOption partitions;

	record Result(int pages, long chars, double floor_mchar_s, double extract_mchar_s, double run_seconds,
			double run_mchar_s, double peak_heap_mb, String database,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<BenchWorkers.Share> workers) {
	}

	@Override
	public Integer call() throws Exception {
		if (pages < 1 || weeks < 1) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
					"--pages and --weeks must be 1 or more");
		}
		if (workers != null && (workers < 1 || workerThreads < 1 || database == null
				|| Dialect.of(database) != Dialect.POSTGRESQL)) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
					"--workers needs 1 or more workers of 1 or more threads and --database jdbc:postgresql://…");
		}
		Path dir = workdir.toAbsolutePath().normalize();
		Path inbox = dir.resolve("inbox");
		Path db = dir.resolve("db");
		BriefingConfig loaded = partitions.apply(config.load());
		if (workers != null) {
			BriefingConfig.Scale sc = loaded.scale();
			loaded = loaded.withScale(new BriefingConfig.Scale(BriefingConfig.Scale.Workers.REMOTE, sc.partitions(),
					sc.partitionTimeout()));
		}
		BriefingConfig c = loaded.withInbox(inbox)
			.withReports(dir.resolve("reports"))
			.withDatabase(ConfigLoader.normalizeDatabaseUrl(null,
					database != null ? database : "jdbc:hsqldb:file:" + db.resolve("briefing")));

		log.info("Generating {} pages in {}", pages, inbox);
		deleteTree(inbox);
		deleteTree(db);
		List<Path> files = new PageGenerator(42).write(inbox, pages, LAST_DAY, weeks);

		Benchmark bench = new Benchmark(new InboxFileReader(c.inbox().maxFileBytes()),
				new QuantityExtractor(IndicatorCatalog.load(c.catalog()), c.region()), c.extract().threads());
		List<Path> warm = files.subList(0, Math.min(files.size(), 300));
		log.info("Warming up on {} pages", warm.size());
		for (int i = 0; i < 3; i++) {
			bench.scanFloor(warm);
			bench.extraction(warm);
		}
		try (Benchmark.HeapPeak heap = new Benchmark.HeapPeak()) {
			Benchmark.Pass floor = bench.scanFloor(files);
			log.info("Scan floor: {} chars in {} s, {} Mchar/s", floor.chars(), round(floor.seconds()),
					round(floor.mcharPerSecond()));
			Benchmark.Pass extract = bench.extraction(files);
			log.info("Extraction alone ({} threads): {} quantities in {} s, {} Mchar/s ({} of the floor)",
					c.extract().threads(), extract.found(), round(extract.seconds()), round(extract.mcharPerSecond()),
					round(extract.mcharPerSecond() / floor.mcharPerSecond()));

			List<BenchWorkers.Share> shares = new java.util.ArrayList<>();
			BenchWorkers started = workers == null ? null
					: BenchWorkers.start(workers, workerThreads, c.database(), config.config);
			long start = System.nanoTime();
			int code;
			try (started) {
				code = DatabaseSession.with(c, "bench", ctx -> {
					if (database != null && ctx.getBean(JdbcTemplate.class)
						.queryForObject("SELECT COUNT(*) FROM BRIEFING_FILE", Long.class) > 0) {
						System.err.println("briefing: bench needs a database that holds no files yet; " + database
								+ " holds some (create a new one, e.g. createdb briefing_bench)");
						return BriefingMain.USAGE;
					}
					JobExecution e = ctx.getBean(JobRunner.class).run(LAST_DAY);
					if (started != null) {
						shares.addAll(BenchWorkers.shares(ctx.getBean(JobRepository.class),
								ctx.getBean(JdbcTemplate.class), e));
					}
					return e.getStatus() == BatchStatus.COMPLETED ? BriefingMain.OK : JobResults.report(e);
				});
			}
			double runSeconds = (System.nanoTime() - start) / 1e9;
			if (code != BriefingMain.OK) {
				return code;
			}
			log.info("Nightly job on a fresh database: {} s, {} Mchar/s; peak heap {} MB of a maximum of {} MB",
					round(runSeconds), round(floor.chars() / 1e6 / runSeconds), Math.round(heap.megabytes()),
					Runtime.getRuntime().maxMemory() / 1024 / 1024);
			Result r = new Result(pages, floor.chars(), round(floor.mcharPerSecond()), round(extract.mcharPerSecond()),
					round(runSeconds), round(floor.chars() / 1e6 / runSeconds), round(heap.megabytes()),
					vendor(c.database()), workers == null ? null : shares);
			for (BenchWorkers.Share w : shares) {
				log.info("Worker {}: {} partition(s), {} articles, {} Mchar/s while busy ({} s)", w.worker(),
						w.partitions(), w.articles(), w.mchar_s(), w.busy_seconds());
			}
			PrintStream out = Output.stdout();
			out.println(Json.line(r));
			out.flush();
			return BriefingMain.OK;
		}
	}

	/** The database product a JDBC URL names: {@code hsqldb}, {@code postgresql} … */
	static String vendor(String url) {
		String[] parts = url.split(":", 3);
		return parts.length > 1 ? parts[1] : url;
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	private static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> s = Files.walk(p)) {
			for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(x);
			}
		}
	}

}
