package dev.briefing.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.briefing.BriefingApplication;
import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigException;
import dev.briefing.config.ConfigLoader;
import dev.briefing.db.Dialect;
import dev.briefing.db.SchemaMigrations;
import dev.briefing.db.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Copy a history's store from one database to another, e.g. a machine's HSQLDB file onto a shared "
				+ "PostgreSQL: its files, articles (with text, sketches and extraction queue), figures (with "
				+ "evidence sentences) and data-quality problems. Spring Batch's run history is not copied.",
		"Both databases are first brought to this program's schema version. The copy runs in one transaction "
				+ "on the target and is committed only when every table reads back from the target with the "
				+ "same count and the same SHA-256 digest of its values; the counts and digests are printed. A "
				+ "target that already holds any of the same files is refused. Ids move past the target's own and "
				+ "its sequences past the ids copied, so later nights continue on the target.",
		"Both databases are locked for the copy (no night may run on either). The account of the config "
				+ "(BRIEFING_DB_USER / BRIEFING_DB_PASSWORD, else database-user / database-password) logs in to "
				+ "the target; the source uses its database's default account (HSQLDB: SA) unless its URL names "
				+ "one, e.g. --from 'jdbc:hsqldb:file:data/briefing;user=NAME;password=SECRET'." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:copied and verified", "1:the copy failed or did not verify (the target is unchanged)",
				"2:bad usage or config, or the target already holds the files",
				"3:another run holds the lock on one of the databases" })
final class MigrateCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(MigrateCommand.class);

	@Option(names = "--from", required = true, paramLabel = "JDBC_URL",
			description = "The database to copy from, e.g. jdbc:hsqldb:file:data/briefing.")
	String from;

	@Option(names = "--to", required = true, paramLabel = "JDBC_URL",
			description = "The database to copy into, e.g. jdbc:postgresql://db.example.org:5432/briefing.")
	String to;

	@Mixin
	ConfigOption configOption;

	@Override
	public Integer call() throws Exception {
		BriefingConfig config = configOption.load();
		BriefingApplication.useTimeZone(config);
		String source = ConfigLoader.normalizeDatabaseUrl(null, from);
		String target = ConfigLoader.normalizeDatabaseUrl(null, to);
		if (source.equals(target)) {
			throw new ConfigException("--from and --to name the same database: " + from);
		}
		Dialect sourceDialect = Dialect.of(source);
		Dialect targetDialect = Dialect.of(target);
		BriefingConfig.Login sourceLogin = new BriefingConfig.Login(null, "");
		BriefingConfig.Login targetLogin = config.login();
		String sourceName = sourceDialect.describe(source);
		String targetName = targetDialect.describe(target);
		String command = "migrate --from " + sourceName + " --to " + targetName;

		DatabaseSession.Lock sourceLock = DatabaseSession.lock(source, sourceLogin, command, true, () -> {
		});
		if (sourceLock.held() == null) {
			return sourceLock.refused();
		}
		try (AutoCloseable heldSource = sourceLock.held()) {
			DatabaseSession.Lock targetLock = DatabaseSession.lock(target, targetLogin, command, true, () -> {
			});
			if (targetLock.held() == null) {
				return targetLock.refused();
			}
			try (AutoCloseable heldTarget = targetLock.held()) {
				DataSource sourceData = sourceDialect.dataSource(source, sourceLogin);
				DataSource targetData = targetDialect.dataSource(target, targetLogin);
				try {
					SchemaMigrations.apply(sourceData, sourceDialect, sourceName);
					SchemaMigrations.apply(targetData, targetDialect, targetName);
					log.info("Copying the store of {} into {}", sourceName, targetName);
					StoreCopy.Result result = new StoreCopy(sourceData, targetData, targetDialect, targetName).run();
					print(result, sourceName, targetName);
					return result.verified() ? BriefingMain.OK : BriefingMain.FAILED;
				}
				catch (ConfigException e) {
					throw e;
				}
				catch (java.sql.SQLException | RuntimeException e) {
					// e.g. a database that cannot be opened with its account: the
					// innermost
					// cause says why
					System.err.println("briefing: migrate failed (nothing was committed to " + targetName + "): "
							+ DatabaseSession.innermost(e).getMessage());
					log.debug("migrate failed", e);
					return BriefingMain.FAILED;
				}
				finally {
					close(sourceDialect, sourceData);
					close(targetDialect, targetData);
				}
			}
		}
	}

	private static void print(StoreCopy.Result result, String sourceName, String targetName) {
		PrintStream out = Output.stdout();
		out.printf("%-24s %10s %10s  %s%n", "table", "copied", "verified", "sha-256 (source = target)");
		for (StoreCopy.Copied t : result.tables()) {
			out.printf("%-24s %10d %10d  %s%s%n", t.table(), t.rows(), t.verifiedRows(), t.digest(),
					t.verified() ? "" : "  MISMATCH: target has " + t.verifiedDigest());
		}
		out.flush();
		if (result.verified()) {
			System.err.println("briefing: copied " + result.rows("BRIEFING_FILE") + " files, "
					+ result.rows("BRIEFING_ARTICLE") + " articles, " + result.rows("BRIEFING_FIGURE") + " figures and "
					+ result.rows("BRIEFING_PROBLEM") + " problems from " + sourceName + " to " + targetName
					+ "; every table verified" + moved(result));
		}
		else {
			System.err.println("briefing: the copy into " + targetName
					+ " did not read back the same (see MISMATCH above); nothing was committed");
		}
	}

	private static String moved(StoreCopy.Result result) {
		long files = result.idOffsets().getOrDefault("file", 0L);
		return files == 0 ? "" : " (ids moved past the target's own, e.g. files by " + files + ")";
	}

	private static void close(Dialect dialect, DataSource dataSource) {
		try {
			dialect.close(dataSource);
		}
		catch (RuntimeException e) {
			// HSQLDB recovers from its log at next start
		}
	}

}
