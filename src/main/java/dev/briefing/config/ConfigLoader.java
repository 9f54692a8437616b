package dev.briefing.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.scheduling.support.CronExpression;

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
		return raw.resolve(file.toAbsolutePath().getParent(), file);
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
	 * Resolves the relative file path of a {@code jdbc:hsqldb:file:} URL against
	 * {@code base} (the working directory when null) and adds the settings the job needs
	 * unless the URL sets them: MVCC transactions (concurrent Batch metadata updates),
	 * cached tables and disk-backed large results (memory does not grow with the data)
	 * with a row cache of fixed size large enough for a night's work (64 MB), and no
	 * HSQLDB lock file, because every command holds Briefing's own run lock on the
	 * database before it opens it.
	 */
	public static String normalizeDatabaseUrl(Path base, String url) {
		String prefix = "jdbc:hsqldb:file:";
		String out = url;
		if (url.startsWith(prefix)) {
			String rest = url.substring(prefix.length());
			int semi = rest.indexOf(';');
			String path = semi < 0 ? rest : rest.substring(0, semi);
			String props = semi < 0 ? "" : rest.substring(semi);
			out = prefix + (base == null ? Path.of(path).toAbsolutePath().normalize() : resolve(base, path)) + props;
			out = withDefault(out, "hsqldb.default_table_type", "cached");
			out = withDefault(out, "hsqldb.result_max_memory_rows", "10000");
			out = withDefault(out, "hsqldb.cache_size", "65536");
			out = withDefault(out, "hsqldb.cache_rows", "1000000");
			out = withDefault(out, "hsqldb.lock_file", "false");
		}
		if (out.startsWith("jdbc:hsqldb:")) {
			out = withDefault(out, "hsqldb.tx", "mvcc");
		}
		return out;
	}

	private static String withDefault(String url, String key, String value) {
		return url.contains(key + "=") ? url : url + ";" + key + "=" + value;
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

	record ConfigFile(InboxFile inbox, String reports, String database, String timeZone, RegionFile region,
			ScheduleFile schedule, String catalog, ReportFile report, ExtractFile extract) {

		BriefingConfig resolve(Path base, Path file) {
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
					normalizeDatabaseUrl(base, require(database, where, "database")), zone,
					new BriefingConfig.Region(require(r.zone(), where, "region.zone"),
							r.zoneAliases() == null ? List.of() : List.copyOf(r.zoneAliases()), r.city(),
							require(r.province(), where, "region.province")),
					new BriefingConfig.Schedule(cron,
							s.runDate() == null ? BriefingConfig.Schedule.RunDate.YESTERDAY : s.runDate(), catchUp),
					ConfigLoader.resolve(base, require(catalog, where, "catalog")),
					new BriefingConfig.Report(rep.font() == null ? "" : rep.font(), trend),
					new BriefingConfig.Extract(chunk, threads));
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

}
