package dev.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;

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

	private String base() throws IOException {
		return Files.readString(Path.of(ConfigLoader.DEFAULT_CONFIG));
	}

	private Path write(String text) throws IOException {
		Path f = dir.resolve("c" + System.nanoTime() + ".yml");
		Files.writeString(f, text);
		return f;
	}

}
