package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.db.Dialect;

class ConfigLoaderTest {

	@TempDir
	Path dir;

	@Test
	void loadsTheProjectConfigWithPathsBesideIt() {
		BriefingConfig c = ConfigLoader.load(Path.of(ConfigLoader.DEFAULT_CONFIG));
		Path configDir = Path.of("job-configs").toAbsolutePath();
		assertThat(c.inbox().path()).isEqualTo(configDir.resolve("../samples/inbox").normalize());
		assertThat(c.inbox().maxFileBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(c.catalog()).isEqualTo(configDir.resolve("indicators.yml"));
		assertThat(c.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(c.region().zone()).isEqualTo("郑州经开区");
		assertThat(c.region().province()).isEqualTo("河南省");
		assertThat(c.schedule().cron()).isEqualTo("0 30 2 * * *");
		assertThat(c.database()).startsWith("jdbc:hsqldb:file:" + configDir.resolve("../data/briefing").normalize())
			.contains(";hsqldb.tx=mvcc")
			.contains(";hsqldb.default_table_type=cached");
	}

	@Test
	void anUnknownKeyIsNamedWithTheKeysExpected() throws IOException {
		Path f = write(base().replace("  max-file-mb: 10", "  max-file-mb: 10\n  max-size: 3"));
		assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(ConfigException.class)
			.hasMessageContaining("unknown key 'inbox.max-size'")
			.hasMessageContaining("max-file-mb");
	}

	@Test
	void aWrongValueIsNamed() throws IOException {
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("Asia/Shanghai", "Asia/Zhengzhou"))))
			.hasMessageContaining("'time-zone'");
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("0 30 2 * * *", "30 2 * *"))))
			.hasMessageContaining("'schedule.cron'");
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("max-file-mb: 10", "max-file-mb: ten"))))
			.hasMessageContaining("'inbox.max-file-mb'");
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("run-date: yesterday", "run-date: tomorrow"))))
			.hasMessageContaining("'schedule.run-date'");
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replaceAll("(?m)^  province:.*\n", ""))))
			.hasMessageContaining("missing key 'region.province'");
	}

	@Test
	void aBadConfigExitsWithTwoAndAMessage() throws IOException {
		Path f = write(base().replace("reports: ../reports", "report-folder: ../reports"));
		CliRun run = CliRun.of("status", "--config", f.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown key 'report-folder'");
		assertThat(CliRun.of("status", "--config", dir.resolve("none.yml").toString()).err())
			.contains("config file not found");
	}

	@Test
	void commandLinePathsAreResolvedAgainstTheWorkingDirectory() {
		assertThat(ConfigLoader.normalizeDatabaseUrl(null, "jdbc:hsqldb:file:DB/briefing"))
			.startsWith("jdbc:hsqldb:file:" + Path.of("DB/briefing").toAbsolutePath());
		assertThat(ConfigLoader.normalizeDatabaseUrl(null, "jdbc:hsqldb:file:/x/db;hsqldb.tx=locks"))
			.contains("hsqldb.tx=locks")
			.doesNotContain("mvcc");
	}

	@Test
	void scaleBackupAndDeliveryHaveDefaultsAndAreRead() throws IOException {
		BriefingConfig c = ConfigLoader.load(Path.of(ConfigLoader.DEFAULT_CONFIG), Map.of());
		assertThat(c.scale().workers()).isEqualTo(BriefingConfig.Scale.Workers.LOCAL);
		assertThat(c.scale().partitions()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(c.scale().partitionTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(c.backup().keep()).isEqualTo(7);
		assertThat(c.delivery().mail()).isNull();
		// no account named: each database's default (HSQLDB's SA), also for a --database
		// of the other kind
		assertThat(c.login()).isEqualTo(new BriefingConfig.Login(null, ""));
		assertThat(Dialect.HSQLDB.user(c.login())).isEqualTo("SA");
		assertThat(Dialect.POSTGRESQL.user(c.login())).isNull();

		String text = base().replace("  workers: local", "  workers: remote\n  partitions: 8")
			.replace("partition-timeout: 30m", "partition-timeout: 90s")
			.replace("keep: 7", "keep: 0")
			.replace("# delivery:", "delivery:")
			.replace("#   mail:", "  mail:")
			.replace("#     host: smtp.example.org", "    host: 127.0.0.1")
			.replace("#     port: 587", "    port: 2525")
			.replace("#     tls: true", "    tls: false")
			.replace("#     from: briefing@example.org", "    from: briefing@example.org")
			.replace("#     to: [manager@example.org]", "    to: [manager@example.org, chief@example.org]");
		BriefingConfig d = ConfigLoader.load(write(text), Map.of());
		assertThat(d.scale())
			.isEqualTo(new BriefingConfig.Scale(BriefingConfig.Scale.Workers.REMOTE, 8, Duration.ofSeconds(90)));
		assertThat(d.backup().keep()).isZero();
		assertThat(d.delivery().mail())
			.isEqualTo(new BriefingConfig.Mail("127.0.0.1", 2525, false, null, "BRIEFING_SMTP_PASSWORD",
					"briefing@example.org", List.of("manager@example.org", "chief@example.org"), List.of()));
	}

	@Test
	void wrongScaleAndMailValuesAreNamed() throws IOException {
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("workers: local", "workers: cloud"))))
			.hasMessageContaining("'scale.workers'");
		assertThatThrownBy(
				() -> ConfigLoader.load(write(base().replace("partition-timeout: 30m", "partition-timeout: soon"))))
			.hasMessageContaining("'scale.partition-timeout'");
		assertThatThrownBy(() -> ConfigLoader.load(write(base().replace("keep: 7", "keep: -1"))))
			.hasMessageContaining("'backup.keep'");
		assertThatThrownBy(() -> ConfigLoader
			.load(write(base() + "\ndelivery:\n  mail:\n    host: h\n    from: nobody\n    to: [a@b.org]\n")))
			.hasMessageContaining("'delivery.mail.from'")
			.hasMessageContaining("not a mail address");
		assertThatThrownBy(
				() -> ConfigLoader.load(write(base() + "\ndelivery:\n  mail:\n    host: h\n    from: a@b.org\n")))
			.hasMessageContaining("missing key 'delivery.mail.to'");
	}

	@Test
	void theDatabaseAccountComesFromTheEnvironmentBeforeTheFile() throws IOException {
		Path f = write(base().replace("database: jdbc:hsqldb:file:../data/briefing",
				"database: jdbc:postgresql://127.0.0.1:5432/briefing\ndatabase-user: fromfile\n"
						+ "database-password: secret"));
		assertThat(ConfigLoader.load(f, Map.of()).login()).isEqualTo(new BriefingConfig.Login("fromfile", "secret"));
		assertThat(ConfigLoader.load(f, Map.of("BRIEFING_DB_USER", "ops", "BRIEFING_DB_PASSWORD", "pw")).login())
			.isEqualTo(new BriefingConfig.Login("ops", "pw"));
		assertThat(ConfigLoader.load(f, Map.of()).database()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/briefing");
	}

	private String base() throws IOException {
		return Files.readString(Path.of(ConfigLoader.DEFAULT_CONFIG));
	}

	private Path write(String text) throws IOException {
		Path f = dir.resolve("c" + System.nanoTime() + ".yml");
		Files.writeString(f, text);
		return f;
	}

}
