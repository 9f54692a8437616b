package dev.briefing.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.support.CronExpression;

import dev.briefing.db.Dialect;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code nightly-briefing.yml} into a {@link BriefingConfig}. Unknown keys and
 * wrong values fail with a message that names the file, the key and what was expected.
 */
public final class ConfigLoader {

	/**
	 * The default config, relative to the working directory or to the installation
	 * folder.
	 */
	public static final String DEFAULT_CONFIG = "job-configs/nightly-briefing.yml";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.build();

	private ConfigLoader() {
	}

	/**
	 * Finds the config file: the given path, else {@link #DEFAULT_CONFIG} in the working
	 * directory, else in the folder named by the {@code briefing.home} system property
	 * (set by the entry script).
	 */
	public static Path locate(Path given) {
		if (given != null) {
			return given;
		}
		Path local = Path.of(DEFAULT_CONFIG);
		String home = System.getProperty("briefing.home");
		if (!Files.exists(local) && home != null && !home.isBlank()) {
			return Path.of(home).resolve(DEFAULT_CONFIG);
		}
		return local;
	}

	public static BriefingConfig load(Path file) {
		return load(file, System.getenv());
	}

	/**
	 * Reads the config with the given environment ({@code BRIEFING_DB_USER} and
	 * {@code BRIEFING_DB_PASSWORD} override the file's database account).
	 */
	public static BriefingConfig load(Path file, Map<String, String> env) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (NoSuchFileException e) {
			throw new ConfigException("config file not found: " + file.toAbsolutePath());
		}
		catch (IOException e) {
			throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
		}
		ConfigFile raw;
		try {
			raw = YAML.readValue(text, ConfigFile.class);
		}
		catch (UnrecognizedPropertyException e) {
			String known = e.getKnownPropertyIds()
				.stream()
				.map(String::valueOf)
				.sorted()
				.collect(Collectors.joining(", "));
			throw new ConfigException(
					file + ": unknown key '" + keyPath(e) + "'" + line(e) + " (expected one of: " + known + ")", e);
		}
		catch (JacksonException e) {
			throw new ConfigException(file + ": wrong value for '" + keyPath(e) + "'" + line(e) + ": "
					+ e.getOriginalMessage().lines().findFirst().orElse(""), e);
		}
		if (raw == null) {
			throw new ConfigException(file + ": the file is empty");
		}
		return raw.resolve(file.toAbsolutePath().getParent(), file, env);
	}

	private static String keyPath(JacksonException e) {
		return e.getPath()
			.stream()
			.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String line(JacksonException e) {
		return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " at line " + e.getLocation().getLineNr()
				: "";
	}

	/**
	 * Resolves a path of the config file against the config's folder; command-line paths
	 * stay as given.
	 */
	static Path resolve(Path base, String value) {
		Path p = Path.of(value);
		return p.isAbsolute() ? p : base.resolve(p).normalize();
	}

	/**
	 * The database URL with the settings the job needs, by its {@link Dialect}: an HSQLDB
	 * file path is resolved against {@code base} (the working directory when null). A URL
	 * of any other database is refused.
	 */
	public static String normalizeDatabaseUrl(Path base, String url) {
		return Dialect.of(url).normalizeUrl(base, url);
	}

	/**
	 * The database file path of a {@code jdbc:hsqldb:file:} URL, or null for other URLs.
	 */
	public static Path databaseFile(String url) {
		String prefix = "jdbc:hsqldb:file:";
		if (!url.startsWith(prefix)) {
			return null;
		}
		String rest = url.substring(prefix.length());
		int semi = rest.indexOf(';');
		return Path.of(semi < 0 ? rest : rest.substring(0, semi));
	}

	record ConfigFile(InboxFile inbox, String reports, String database, String databaseUser, String databasePassword,
			String timeZone, RegionFile region, ScheduleFile schedule, String catalog, ReportFile report,
			ExtractFile extract, ScaleFile scale, BackupFile backup, DeliveryFile delivery) {

		BriefingConfig resolve(Path base, Path file, Map<String, String> env) {
			String where = file + ": ";
			InboxFile in = require(inbox, where, "inbox");
			ZoneId zone;
			try {
				zone = ZoneId.of(timeZone == null ? "Asia/Shanghai" : timeZone);
			}
			catch (DateTimeException e) {
				throw new ConfigException(where + "wrong value for 'time-zone': '" + timeZone
						+ "' is not a time zone (for example Asia/Shanghai)");
			}
			RegionFile r = require(region, where, "region");
			ScheduleFile s = schedule == null ? new ScheduleFile(null, null, null) : schedule;
			String cron = s.cron() == null ? "0 30 2 * * *" : s.cron();
			if (!CronExpression.isValidExpression(cron)) {
				throw new ConfigException(where + "wrong value for 'schedule.cron': '" + cron
						+ "' is not a cron expression with six fields (second minute hour day month weekday)");
			}
			int maxMb = in.maxFileMb() == null ? 10 : in.maxFileMb();
			positive(where, "inbox.max-file-mb", maxMb);
			ReportFile rep = report == null ? new ReportFile(null, null) : report;
			int trend = rep.trendWeeks() == null ? 8 : rep.trendWeeks();
			if (trend < 2) {
				throw new ConfigException(
						where + "wrong value for 'report.trend-weeks': must be 2 or more, was " + trend);
			}
			ExtractFile ex = extract == null ? new ExtractFile(null, null) : extract;
			int chunk = ex.chunkSize() == null ? 100 : ex.chunkSize();
			int threads = ex.threads() == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : ex.threads();
			positive(where, "extract.chunk-size", chunk);
			positive(where, "extract.threads", threads);
			int catchUp = s.catchUpDays() == null ? 7 : s.catchUpDays();
			if (catchUp < 0) {
				throw new ConfigException(where + "wrong value for 'schedule.catch-up-days': must be 0 or more");
			}
			return new BriefingConfig(file.toAbsolutePath(),
					new BriefingConfig.Inbox(ConfigLoader.resolve(base, require(in.path(), where, "inbox.path")),
							maxMb),
					ConfigLoader.resolve(base, require(reports, where, "reports")),
					normalizeDatabaseUrl(base, require(database, where, "database")), login(env), zone,
					new BriefingConfig.Region(require(r.zone(), where, "region.zone"),
							r.zoneAliases() == null ? List.of() : List.copyOf(r.zoneAliases()), r.city(),
							require(r.province(), where, "region.province")),
					new BriefingConfig.Schedule(cron,
							s.runDate() == null ? BriefingConfig.Schedule.RunDate.YESTERDAY : s.runDate(), catchUp),
					ConfigLoader.resolve(base, require(catalog, where, "catalog")),
					new BriefingConfig.Report(rep.font() == null ? "" : rep.font(), trend),
					new BriefingConfig.Extract(chunk, threads), scale(where), backup(where), delivery(where));
		}

		private BriefingConfig.Login login(Map<String, String> env) {
			String user = firstSet(env.get("BRIEFING_DB_USER"), databaseUser);
			String password = firstSet(env.get("BRIEFING_DB_PASSWORD"), databasePassword);
			return new BriefingConfig.Login(user, password == null ? "" : password);
		}

		private static String firstSet(String a, String b) {
			return a != null && !a.isEmpty() ? a : b != null && !b.isEmpty() ? b : null;
		}

		private BriefingConfig.Scale scale(String where) {
			ScaleFile sc = scale == null ? new ScaleFile(null, null, null) : scale;
			int partitions = sc.partitions() == null ? Math.max(1, Runtime.getRuntime().availableProcessors())
					: sc.partitions();
			positive(where, "scale.partitions", partitions);
			Duration timeout = duration(where, "scale.partition-timeout",
					sc.partitionTimeout() == null ? "30m" : sc.partitionTimeout());
			return new BriefingConfig.Scale(sc.workers() == null ? BriefingConfig.Scale.Workers.LOCAL : sc.workers(),
					partitions, timeout);
		}

		private BriefingConfig.Backup backup(String where) {
			int keep = backup == null || backup.keep() == null ? 7 : backup.keep();
			if (keep < 0) {
				throw new ConfigException(where + "wrong value for 'backup.keep': must be 0 or more, was " + keep);
			}
			return new BriefingConfig.Backup(keep);
		}

		private BriefingConfig.Delivery delivery(String where) {
			if (delivery == null || delivery.mail() == null) {
				return new BriefingConfig.Delivery(null);
			}
			MailFile m = delivery.mail();
			String host = require(m.host(), where, "delivery.mail.host");
			boolean tls = m.tls() == null || m.tls();
			int port = m.port() == null ? (tls ? 587 : 25) : m.port();
			if (port <= 0 || port > 65535) {
				throw new ConfigException(
						where + "wrong value for 'delivery.mail.port': " + port + " is not a port number (1-65535)");
			}
			String from = address(where, "delivery.mail.from", require(m.from(), where, "delivery.mail.from"));
			List<String> to = require(m.to(), where, "delivery.mail.to");
			if (to.isEmpty()) {
				throw new ConfigException(where + "missing key 'delivery.mail.to': name at least one recipient");
			}
			List<String> cc = m.cc() == null ? List.of() : m.cc();
			to.forEach(a -> address(where, "delivery.mail.to", a));
			cc.forEach(a -> address(where, "delivery.mail.cc", a));
			return new BriefingConfig.Delivery(new BriefingConfig.Mail(host, port, tls,
					m.user() == null || m.user().isBlank() ? null : m.user(),
					m.passwordEnv() == null || m.passwordEnv().isBlank() ? "BRIEFING_SMTP_PASSWORD" : m.passwordEnv(),
					from, List.copyOf(to), List.copyOf(cc)));
		}

		private static String address(String where, String key, String value) {
			int at = value == null ? -1 : value.indexOf('@');
			if (at <= 0 || at == value.length() - 1 || value.chars().anyMatch(Character::isWhitespace)) {
				throw new ConfigException(
						where + "wrong value for '" + key + "': '" + value + "' is not a mail address");
			}
			return value;
		}

		private static Duration duration(String where, String key, String value) {
			try {
				Duration d = DurationStyle.detectAndParse(value);
				if (d.isNegative() || d.isZero()) {
					throw new IllegalArgumentException("not positive");
				}
				return d;
			}
			catch (IllegalArgumentException e) {
				throw new ConfigException(where + "wrong value for '" + key + "': '" + value
						+ "' is not a positive duration (for example 30m, 90s, 2h)");
			}
		}

		private static <T> T require(T value, String where, String key) {
			if (value == null || (value instanceof String s && s.isBlank())) {
				throw new ConfigException(where + "missing key '" + key + "'");
			}
			return value;
		}

		private static void positive(String where, String key, int value) {
			if (value <= 0) {
				throw new ConfigException(
						where + "wrong value for '" + key + "': must be a positive number, was " + value);
			}
		}
	}

	record InboxFile(String path, Integer maxFileMb) {
	}

	record RegionFile(String zone, List<String> zoneAliases, String city, String province) {
	}

	record ScheduleFile(String cron, BriefingConfig.Schedule.RunDate runDate, Integer catchUpDays) {
	}

	record ReportFile(String font, Integer trendWeeks) {
	}

	record ExtractFile(Integer chunkSize, Integer threads) {
	}

	record ScaleFile(BriefingConfig.Scale.Workers workers, Integer partitions, String partitionTimeout) {
	}

	record BackupFile(Integer keep) {
	}

	record DeliveryFile(MailFile mail) {
	}

	record MailFile(String host, Integer port, Boolean tls, String user, String passwordEnv, String from,
			List<String> to, List<String> cc) {
	}

}
