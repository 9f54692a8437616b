package dev.briefing.db;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.briefing.config.BriefingConfig;
import dev.briefing.config.ConfigException;

/**
 * What differs between the two databases Briefing runs on: the URL's settings, the
 * default account, the folder of schema migrations, how a batch of sequence values is
 * drawn, how sequences are moved on, and whether one process at a time holds the
 * database. Everything else is the same SQL on both.
 */
public enum Dialect {

	/**
	 * HSQLDB in file mode: the embedded default. One process opens the files at a time,
	 * so every command holds a file lock beside them.
	 */
	HSQLDB("hsqldb") {

		private static final String FILE = "jdbc:hsqldb:file:";

		@Override
		public String normalizeUrl(Path base, String url) {
			String out = url;
			if (url.startsWith(FILE)) {
				String rest = url.substring(FILE.length());
				int semi = rest.indexOf(';');
				String path = semi < 0 ? rest : rest.substring(0, semi);
				String props = semi < 0 ? "" : rest.substring(semi);
				Path p = Path.of(path);
				Path resolved = base == null ? p.toAbsolutePath().normalize()
						: p.isAbsolute() ? p : base.resolve(p).normalize();
				out = FILE + resolved + props;
				out = withDefault(out, "hsqldb.default_table_type", "cached");
				out = withDefault(out, "hsqldb.result_max_memory_rows", "10000");
				out = withDefault(out, "hsqldb.cache_size", "65536");
				out = withDefault(out, "hsqldb.cache_rows", "1000000");
				// a checkpoint every 200 MB of log rather than 50: a big night is not
				// stalled by several; after a crash the next start replays up to that
				// much
				out = withDefault(out, "hsqldb.log_size", "200");
				out = withDefault(out, "hsqldb.lock_file", "false");
			}
			return withDefault(out, "hsqldb.tx", "mvcc");
		}

		@Override
		public String defaultUser() {
			return "SA";
		}

		@Override
		public String nextValues(String sequence) {
			return "SELECT NEXT VALUE FOR " + sequence + " FROM UNNEST(SEQUENCE_ARRAY(1, ?, 1))";
		}

		@Override
		public void restartSequence(JdbcTemplate jdbc, String sequence, long next) {
			jdbc.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
		}

		@Override
		public void restartIdentity(JdbcTemplate jdbc, String table, String column, long next) {
			jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
		}

		@Override
		public long sequenceNext(JdbcTemplate jdbc, String sequence) {
			Long next = jdbc.queryForObject(
					"SELECT NEXT_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = ?", Long.class,
					sequence.toUpperCase(java.util.Locale.ROOT));
			return next == null ? 1 : next;
		}

		@Override
		public void close(DataSource dataSource) {
			// A clean SHUTDOWN writes the data files, so the next start does not replay
			// the
			// log.
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
		}

		@Override
		public boolean oneProcessAtATime() {
			return true;
		}

	},

	/**
	 * PostgreSQL: shared by several processes and machines; concurrency is the database's
	 * (see {@code PostgresRunLock}).
	 */
	POSTGRESQL("postgresql") {

		@Override
		public String normalizeUrl(Path base, String url) {
			return url;
		}

		@Override
		public Map<String, String> connectionProperties() {
			// one INSERT of many rows per JDBC batch instead of a statement per row
			return Map.of("reWriteBatchedInserts", "true", "ApplicationName", "briefing");
		}

		@Override
		public String defaultUser() {
			return null;
		}

		@Override
		public String nextValues(String sequence) {
			return "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
		}

		@Override
		public void restartSequence(JdbcTemplate jdbc, String sequence, long next) {
			jdbc.queryForObject("SELECT setval('" + sequence + "', ?, false)", Long.class, next);
		}

		@Override
		public void restartIdentity(JdbcTemplate jdbc, String table, String column, long next) {
			jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
		}

		@Override
		public long sequenceNext(JdbcTemplate jdbc, String sequence) {
			Long next = jdbc.queryForObject("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "
					+ sequence.toLowerCase(java.util.Locale.ROOT), Long.class);
			return next == null ? 1 : next;
		}

		@Override
		public void close(DataSource dataSource) {
			// the server keeps running; the pool closes its connections
		}

		@Override
		public boolean oneProcessAtATime() {
			return false;
		}

	};

	private final String folder;

	Dialect(String folder) {
		this.folder = folder;
	}

	/**
	 * The dialect of a JDBC URL; any other database is refused with a message that says
	 * which URLs work.
	 */
	public static Dialect of(String url) {
		if (url != null && url.startsWith("jdbc:hsqldb:")) {
			return HSQLDB;
		}
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new ConfigException("unsupported database URL '" + url
				+ "': use jdbc:hsqldb:file:PATH (embedded) or jdbc:postgresql://HOST:PORT/DB");
	}

	/**
	 * The URL with the settings the job needs unless it sets them. HSQLDB: the file path
	 * resolved against {@code base} (the working directory when null), MVCC transactions
	 * (concurrent Batch metadata updates), cached tables and disk-backed large results
	 * (memory does not grow with the data) with a row cache of fixed size large enough
	 * for a night's work (64 MB), and no HSQLDB lock file, because every command holds
	 * Briefing's own run lock on the database before it opens it. PostgreSQL: as given.
	 */
	public abstract String normalizeUrl(Path base, String url);

	/**
	 * The URL as messages show it: without the settings added for HSQLDB, and without a
	 * password written into it.
	 */
	public String describe(String url) {
		String shown = this == HSQLDB && url.startsWith("jdbc:hsqldb:file:") && url.contains(";")
				? url.substring(0, url.indexOf(';')) : url;
		return shown.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	/** Driver properties given with every connection (the URL's own settings win). */
	public Map<String, String> connectionProperties() {
		return Map.of();
	}

	/** The account used when the config names none: HSQLDB's SA, else the driver's. */
	public abstract String defaultUser();

	/** The account to log in with: the config's, else the database's default. */
	public String user(BriefingConfig.Login login) {
		return login.user() != null ? login.user() : defaultUser();
	}

	/**
	 * A query with one parameter, the count n, that returns the next n values of the
	 * sequence.
	 */
	public abstract String nextValues(String sequence);

	/** The value the sequence gives next. */
	public abstract long sequenceNext(JdbcTemplate jdbc, String sequence);

	/** Makes the sequence give {@code next} next. */
	public abstract void restartSequence(JdbcTemplate jdbc, String sequence, long next);

	/** Makes the identity column give {@code next} to the next row. */
	public abstract void restartIdentity(JdbcTemplate jdbc, String table, String column, long next);

	/** Called when a command is done with the database. */
	public abstract void close(DataSource dataSource);

	/**
	 * Whether one process at a time opens the database (HSQLDB's files), so that every
	 * command holds a file lock.
	 */
	public abstract boolean oneProcessAtATime();

	/** Where this database's schema migrations are, for Flyway. */
	public String migrations() {
		return "classpath:db/migration/" + folder;
	}

	/**
	 * An unpooled data source with the config's account, for work beside the Spring
	 * context (schema checks, copying between databases).
	 */
	public DataSource dataSource(String url, BriefingConfig.Login login) {
		SimpleDriverDataSource ds = new SimpleDriverDataSource();
		ds.setDriverClass(driver());
		ds.setUrl(url);
		java.util.Properties props = new java.util.Properties();
		props.putAll(connectionProperties());
		String user = user(login);
		// an account named in the URL (";user=" for HSQLDB, "user=" parameter for
		// PostgreSQL) wins: HSQLDB would take the properties' over it
		if (!namesAccount(url)) {
			if (user != null) {
				props.setProperty("user", user);
			}
			props.setProperty("password", login.password() == null ? "" : login.password());
		}
		ds.setConnectionProperties(props);
		return ds;
	}

	private static boolean namesAccount(String url) {
		String lower = url.toLowerCase(java.util.Locale.ROOT);
		return lower.contains(";user=") || lower.contains("?user=") || lower.contains("&user=");
	}

	private Class<? extends java.sql.Driver> driver() {
		return this == HSQLDB ? org.hsqldb.jdbc.JDBCDriver.class : org.postgresql.Driver.class;
	}

	private static String withDefault(String url, String key, String value) {
		return url.contains(key + "=") ? url : url + ";" + key + "=" + value;
	}

}
