package dev.briefing.cli;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ops.Backups;
import dev.briefing.ops.Faults;
import dev.briefing.ops.Places;

/**
 * The backup made after a completed night: into {@code backups} beside the database
 * files, keeping the newest {@code backup.keep}. Made once the night's end is recorded,
 * so the backup holds the night as completed. A backup that fails does not undo the
 * night: it is told in one line and the next night tries again.
 */
final class NightlyBackup {

	private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

	private NightlyBackup() {
	}

	static void after(JobExecution night, ConfigurableApplicationContext ctx, BriefingConfig config) {
		if (night.getStatus() != BatchStatus.COMPLETED || !"nightlyBriefing".equals(night.getJobInstance().getJobName())
				|| config.backup().keep() == 0) {
			return;
		}
		Places places = Places.of(config);
		if (places.database() == null) {
			log.info("Nightly backup skipped: the store {} is not an HSQLDB file database; {}",
					StoreTools.shown(config.database()), StoreTools.isPostgres(config.database())
							? StoreTools.postgresAdvice(config, null) : "back it up where it runs");
			return;
		}
		try {
			Path backup = Backups.backup(ctx.getBean(DataSource.class), places.database(), places.backups(),
					ZonedDateTime.now(config.timeZone()));
			List<Path> removed = Backups.prune(places.backups(), places.database().getFileName().toString(),
					config.backup().keep());
			log.info("Backed up the store to {}; {} kept (backup.keep {}){}", backup,
					Backups.list(places.backups(), places.database().getFileName().toString()).size(),
					config.backup().keep(), removed.isEmpty() ? "" : ", removed the older " + removed.size());
		}
		catch (Exception e) {
			String why = Faults.classify(e, places, true).map(f -> f.message()).orElse(DatabaseSession.rootMessage(e));
			log.error("The night completed, but its backup into {} failed", places.backups(), e);
			System.err
				.println("briefing: the night completed, but its backup into " + places.backups() + " failed: " + why);
		}
	}

}
