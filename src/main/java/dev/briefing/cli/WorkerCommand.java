package dev.briefing.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import dev.briefing.BriefingApplication;
import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigException;
import dev.briefing.config.ConfigLoader;
import dev.briefing.db.Dialect;
import dev.briefing.job.PartitionWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Runs partitions of the extract step for nights started elsewhere with 'scale.workers: remote' in "
						+ "their job config, on the shared PostgreSQL database: takes the partitions the night "
						+ "sends, one at a time per thread, and logs each one it takes and finishes. Start as many "
						+ "workers on as many machines as you like; each partition is taken by one of them.",
				"Runs until stopped. SIGTERM (systemctl stop, Ctrl-C) lets each running partition finish its "
						+ "chunk and records it STOPPED; 'briefing restart' of the night then reruns it. A worker "
						+ "killed outright is noticed by the night after scale.partition-timeout." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:stopped", "1:cannot reach the database", "2:bad usage or config (or not PostgreSQL)" })
final class WorkerCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

	@Mixin
	ConfigOption configOption;

	@Option(names = "--database", paramLabel = "JDBC_URL",
			description = "The shared database, instead of the config's: jdbc:postgresql://HOST:PORT/DB.")
	String database;

	@Option(names = "--threads", paramLabel = "N",
			description = "Partitions run side by side (default: the config's extract.threads).")
	Integer threads;

	@Override
	public Integer call() {
		BriefingConfig config = configOption.load();
		if (database != null) {
			config = config.withDatabase(ConfigLoader.normalizeDatabaseUrl(null, database));
		}
		int n = threads != null ? threads : config.extract().threads();
		if (n < 1) {
			throw new ConfigException("--threads must be 1 or more, was " + n);
		}
		config = config.withExtract(new BriefingConfig.Extract(config.extract().chunkSize(), n));
		Dialect dialect = Dialect.of(config.database());
		if (dialect != Dialect.POSTGRESQL) {
			throw new ConfigException("a worker takes partitions through the shared PostgreSQL database "
					+ "(--database jdbc:postgresql://HOST:PORT/DB or database: in the job config), not "
					+ dialect.describe(config.database()));
		}
		// No run lock: workers run beside the night's manager, which holds it.
		ConfigurableApplicationContext context;
		try {
			context = BriefingApplication.start(config);
		}
		catch (RuntimeException e) {
			System.err.println("briefing: cannot start with the database " + dialect.describe(config.database()) + ": "
					+ DatabaseSession.rootMessage(e));
			return BriefingMain.FAILED;
		}
		PartitionWorker worker = context.getBean(PartitionWorker.class);
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			log.warn("Termination requested: worker {} finishes the chunks it runs and exits", worker.name());
			worker.stop();
			try {
				if (!finished.await(120, TimeUnit.SECONDS)) {
					log.warn("The partitions did not stop within 120 s; exiting anyway");
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "briefing-worker-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			worker.run(n);
			return BriefingMain.OK;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return BriefingMain.FAILED;
		}
		finally {
			context.close();
			finished.countDown();
		}
	}

}
