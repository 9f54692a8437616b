package dev.briefing.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.briefing.config.ConfigException;

/**
 * Brings a database's tables (Spring Batch's, Briefing's, Spring Integration's) to the
 * schema version of this program with Flyway, before anything else uses it. The
 * migrations are SQL files under {@code db/migration/<hsqldb|postgresql>/}, one version
 * number per change, applied in order and never edited once released.
 * <ul>
 * <li>an empty database gets every migration;</li>
 * <li>a database made before migrations existed (Batch's and Briefing's tables there, no
 * history) is taken over in place at {@value #FIRST_RELEASE}, the version of those
 * tables, and then upgraded;</li>
 * <li>a database whose history holds a version this program does not know (a newer
 * Briefing upgraded it) is refused unchanged.</li>
 * </ul>
 */
public final class SchemaMigrations {

	/** The schema version of the tables the first release created without Flyway. */
	static final String FIRST_RELEASE = "2";

	static final String HISTORY = "flyway_schema_history";

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private SchemaMigrations() {
	}

	/**
	 * Migrates the database; {@code where} names it in messages (its URL).
	 * @throws ConfigException when the database is newer than this program or holds
	 * tables that are not Briefing's without a schema history: nothing is changed then
	 */
	public static void apply(DataSource dataSource, Dialect dialect, String where) {
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations(dialect.migrations())
			.table(HISTORY)
			.baselineVersion(FIRST_RELEASE)
			.baselineDescription("tables of the first release, taken over")
			.load();
		Tables tables = Tables.of(dataSource);
		if (!tables.has(HISTORY)) {
			if (tables.has("BATCH_JOB_INSTANCE") && tables.has("BRIEFING_FILE")) {
				log.info("Taking the tables of {} over into versioned migrations (at version {})", where,
						FIRST_RELEASE);
				flyway.baseline();
			}
			else if (!tables.names().isEmpty()) {
				throw new ConfigException("the database " + where + " holds tables that are not Briefing's ("
						+ tables.names().stream().limit(5).collect(Collectors.joining(", "))
						+ ") and no schema history; give Briefing a database of its own (e.g. createdb briefing)");
			}
		}
		MigrationInfoService info = flyway.info();
		refuseNewer(info, where);
		MigrateResult result = flyway.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("Upgraded the tables of {} from version {} to {} ({} migration(s))", where,
					result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
					result.targetSchemaVersion, result.migrationsExecuted);
		}
	}

	private static void refuseNewer(MigrationInfoService info, String where) {
		List<MigrationInfo> future = Arrays.stream(info.applied()).filter(SchemaMigrations::future).toList();
		if (future.isEmpty()) {
			return;
		}
		MigrationInfo newest = future.get(future.size() - 1);
		String known = Arrays.stream(info.all())
			.filter(i -> i.getVersion() != null && !future(i))
			.map(i -> i.getVersion().getVersion())
			.reduce((a, b) -> b)
			.orElse("none");
		throw new ConfigException("the database " + where + " has schema version " + newest.getVersion() + " ("
				+ newest.getDescription() + "), newer than this Briefing knows (" + known
				+ "): a newer release upgraded it; use that release (the database was not changed)");
	}

	private static boolean future(MigrationInfo i) {
		return i.getState().name().startsWith("FUTURE");
	}

	/** The tables of the connection's schema, upper case. */
	private record Tables(List<String> names) {

		static Tables of(DataSource dataSource) {
			try (Connection c = dataSource.getConnection()) {
				DatabaseMetaData meta = c.getMetaData();
				List<String> names = new ArrayList<>();
				try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "TABLE" })) {
					while (rs.next()) {
						names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
					}
				}
				return new Tables(names);
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot list the tables: " + e.getMessage(), e);
			}
		}

		boolean has(String table) {
			return names.contains(table.toUpperCase(Locale.ROOT));
		}

	}

}
