package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliProcess;
import dev.briefing.cli.CliRun;
import dev.briefing.cli.Json;
import dev.briefing.db.PostgresDatabaseExtension;
import dev.briefing.db.PostgresTestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * The tables are versioned with Flyway: a database of the first release is taken over and
 * upgraded in place with its history and figures, and a database newer than the program
 * is refused untouched.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class SchemaMigrationsTest {

	private static final String HISTORY = "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\" "
			+ "ORDER BY \"installed_rank\"";

	@TempDir
	Path dir;

	@Test
	void aFreshDatabaseGetsEveryMigration() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		CliRun status = t.cli("status");
		assertThat(status.exitCode()).as(status.err()).isZero();
		assertThat(status.out()).contains("No runs yet.");
		assertThat(t.strings(HISTORY)).containsExactly("1 SQL true", "2 SQL true", "4 SQL true", "5 SQL true");
		assertThat(t.count("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE")).isZero();
	}

	@Test
	void aDatabaseOfTheFirstReleaseIsTakenOverInPlaceAndKeepsItsRunsAndFigures() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		Round1Database.create(t.url() + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached");

		List<JsonNode> before = CliRun.of(t.args("status", "--json"))
			.lines()
			.stream()
			.map(Json.MAPPER::readTree)
			.toList();
		assertThat(t.strings(HISTORY)).containsExactly("2 BASELINE true", "4 SQL true", "5 SQL true");
		assertThat(before).hasSize(1);
		assertThat(before.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(before.get(0).get("date").asString()).isEqualTo(Round1Database.RUN_DATE);

		CliRun report = t.cli("report", "--week", "2024-W46");
		assertThat(report.exitCode()).as(report.err()).isZero();
		assertThat(t.indicatorValues("2024-W46")).containsExactly(32375.0, 86.7);

		// a night on the upgraded database: ids and sequences continue where the first
		// release left them
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(t.strings("SELECT ID, NAME FROM BRIEFING_FILE ORDER BY ID"))
			.containsExactly("1 2024-11-15_page1.txt", "2 2024-11-20_district-page.txt");
		assertThat(t.strings("SELECT WEEK, COUNT(*) FROM BRIEFING_FIGURE GROUP BY WEEK ORDER BY WEEK")).first()
			.isEqualTo("2024-W46 2");
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE WHERE WEEK = '2024-W47'")).isPositive();
		assertThat(t.count("SELECT COUNT(DISTINCT SENTENCE_ID) FROM BRIEFING_FIGURE"))
			.isEqualTo(t.count("SELECT COUNT(*) FROM BRIEFING_SENTENCE"));
		assertThat(CliRun.of(t.args("status", "--json")).lines()).hasSize(2);
		assertThat(t.cli("report", "--week", "2024-W46").exitCode()).isZero();
		assertThat(t.indicatorValues("2024-W46")).containsExactly(32375.0, 86.7);
	}

	@Test
	void aDatabaseNewerThanTheProgramIsRefusedAndLeftAsItIs() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		assertThat(t.cli("status").exitCode()).isZero();
		execute(t, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
				+ "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
				+ "VALUES (5, '99', 'added by a newer release', 'SQL', 'V99__added_by_a_newer_release.sql', 0, 'SA', "
				+ "CURRENT_TIMESTAMP, 0, TRUE)");
		List<String> history = t.strings(HISTORY);
		List<String> tables = t.strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME");

		String message = "briefing: the database jdbc:hsqldb:file:" + t.database().resolve("briefing")
				+ " has schema version 99 (added by a newer release), newer than this Briefing knows (5): a newer "
				+ "release upgraded it; use that release (the database was not changed)";
		// as ops meet it: one line, exit 2
		CliRun status = CliProcess.run(t.args("status"));
		assertThat(status.exitCode()).isEqualTo(2);
		assertThat(status.err().strip().lines()).containsExactly(message);
		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(message);
		assertThat(t.strings(HISTORY)).isEqualTo(history);
		assertThat(t.strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME"))
			.isEqualTo(tables);
	}

	@Test
	void aDatabaseHoldingOtherTablesIsRefused() throws Exception {
		JobTestSupport t = JobTestSupport.in(dir);
		execute(t, "CREATE TABLE LEDGER (ID INT PRIMARY KEY)");
		CliRun refused = t.cli("status");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("holds tables that are not Briefing's (LEDGER)")
			.contains("give Briefing a database of its own");
		assertThat(t.strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
			.containsExactly("LEDGER");
	}

	@Test
	void onPostgresqlAFreshDatabaseGetsEveryMigrationAndANewerOneIsRefused(PostgresTestDatabase db) throws Exception {
		JobTestSupport t = JobTestSupport.in(dir).on(db);
		CliRun status = t.cli("status");
		assertThat(status.exitCode()).as(status.err()).isZero();
		assertThat(t.strings(HISTORY)).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true",
				"5 SQL true");
		assertThat(t.count("SELECT COUNT(*) FROM INT_CHANNEL_MESSAGE")).isZero();

		db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, installed_on, execution_time, success) VALUES (6, '7', 'added by a newer release', "
				+ "'SQL', 'V7__added_by_a_newer_release.sql', 0, 'briefing', now(), 0, TRUE)");
		CliRun refused = t.cli("status");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("briefing: the database " + db.plainUrl() + "?user=briefing&password=*** "
				+ "has schema version 7 (added by a newer release), newer than this Briefing knows (5)");
		assertThat(t.strings(HISTORY)).hasSize(6);
	}

	private static void execute(JobTestSupport t, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(t.url() + ";hsqldb.lock_file=false;shutdown=true", "SA", "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
