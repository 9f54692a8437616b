package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.bench.PageGenerator;
import dev.briefing.cli.CliRun;
import dev.briefing.db.PostgresDatabaseExtension;
import dev.briefing.db.PostgresTestDatabase;

/**
 * {@code migrate} moves an HSQLDB history onto PostgreSQL: the store's rows, verified,
 * the same workbooks from them, and later nights continue on the target.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class MigrateTest {

	private static final List<String> STORE = List.of("BRIEFING_FILE", "BRIEFING_ARTICLE", "BRIEFING_ARTICLE_TEXT",
			"BRIEFING_ARTICLE_SKETCH", "BRIEFING_EXTRACT_QUEUE", "BRIEFING_SENTENCE", "BRIEFING_FIGURE",
			"BRIEFING_PROBLEM");

	@TempDir
	Path dir;

	@Test
	void fourWeeksOfHsqldbHistoryMoveOntoPostgresqlAndGiveTheSameWorkbooks(PostgresTestDatabase db) throws Exception {
		// the demo inbox: four weeks, an undated article, a duplicate, a GB18030 page
		Path inbox = dir.resolve("IN");
		Files.createDirectories(inbox);
		try (var files = Files.list(Path.of("samples/inbox"))) {
			for (Path f : files.toList()) {
				Files.copy(f, inbox.resolve(f.getFileName()));
			}
		}
		JobTestSupport hsqldb = new JobTestSupport(inbox, dir.resolve("hsqldb/OUT"), dir.resolve("hsqldb/DB"));
		JobTestSupport postgres = new JobTestSupport(inbox, dir.resolve("pg/OUT"), dir.resolve("pg/DB")).on(db);
		assertThat(hsqldb.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		assertThat(hsqldb.cli("report", "--week", "2024-W46").exitCode()).isZero();
		List<List<String>> before = rows(hsqldb);

		CliRun migrate = CliRun.of("migrate", "--from", hsqldb.url(), "--to", db.url());
		assertThat(migrate.exitCode()).as(migrate.err()).isZero();
		assertThat(migrate.err()).contains("briefing: copied 11 files, ")
			.contains(" from jdbc:hsqldb:file:" + hsqldb.database().resolve("briefing") + " to " + db.plainUrl())
			.contains("every table verified");
		for (String table : STORE) {
			long rows = hsqldb.count("SELECT COUNT(*) FROM " + table);
			assertThat(postgres.count("SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(rows);
			assertThat(migrate.lines()).as(table)
				.anyMatch(l -> l.matches(table + " +" + rows + " +" + rows + "  [0-9a-f]{64}"));
		}
		assertThat(rows(postgres)).isEqualTo(before);
		// Spring Batch's history stays behind
		assertThat(postgres.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isZero();

		CliRun report = postgres.cli("report", "--week", "2024-W46");
		assertThat(report.exitCode()).as(report.err()).isZero();
		assertThat(postgres.indicatorValues("2024-W46")).isNotEmpty().isEqualTo(hsqldb.indicatorValues("2024-W46"));
		assertThat(postgres.cellValues("2024-W46")).isEqualTo(hsqldb.cellValues("2024-W46"));

		// the same history again: refused, nothing copied
		CliRun again = CliRun.of("migrate", "--from", hsqldb.url(), "--to", db.url());
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("already holds 11 of the files to copy").contains("Nothing was copied");
		assertThat(postgres.count("SELECT COUNT(*) FROM BRIEFING_FILE")).isEqualTo(11);

		// the next night on PostgreSQL takes in only the new page, with ids past the
		// copied ones
		long files = postgres.count("SELECT MAX(ID) FROM BRIEFING_FILE");
		long articles = postgres.count("SELECT MAX(ID) FROM BRIEFING_ARTICLE");
		long figures = postgres.count("SELECT COUNT(*) FROM BRIEFING_FIGURE");
		Files.copy(MigrateTest.class.getResourceAsStream("/job/2024-11-20_district-page.txt"),
				inbox.resolve("2024-11-27_district-page.txt"));
		CliRun next = postgres.cli("run", "--date", "2024-11-29");
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(postgres.strings("SELECT ID, NAME FROM BRIEFING_FILE WHERE ID > " + files))
			.containsExactly((files + 1) + " 2024-11-27_district-page.txt");
		assertThat(postgres.count("SELECT MIN(ID) FROM BRIEFING_ARTICLE WHERE FILE_ID = " + (files + 1)))
			.isEqualTo(articles + 1);
		assertThat(postgres.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isGreaterThan(figures);
	}

	@Test
	void aSecondHistoryJoinsATargetThatHoldsOtherFiles(PostgresTestDatabase db) throws Exception {
		JobTestSupport first = JobTestSupport.in(dir.resolve("first"));
		first.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(first.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		JobTestSupport second = JobTestSupport.in(dir.resolve("second"));
		new PageGenerator(5).write(second.inbox(), 4, LocalDate.of(2024, 11, 15), 1);
		assertThat(second.cli("run", "--date", "2024-11-15").exitCode()).isZero();

		JobTestSupport postgres = JobTestSupport.in(dir.resolve("pg")).on(db);
		// an account named in the source's URL is the one used: one that does not exist
		// is refused in one line, and nothing is copied
		CliRun stranger = CliRun.of("migrate", "--from", first.url() + ";user=nobody;password=x", "--to", db.url());
		assertThat(stranger.exitCode()).isEqualTo(1);
		assertThat(stranger.err()).contains("): invalid authorization specification - not found: nobody")
			.doesNotContain("\tat ");
		assertThat(postgres.count("SELECT COUNT(*) FROM BRIEFING_FILE")).isZero();
		assertThat(CliRun.of("migrate", "--from", first.url() + ";user=SA", "--to", db.url()).exitCode()).isZero();
		CliRun joined = CliRun.of("migrate", "--from", second.url(), "--to", db.url());
		assertThat(joined.exitCode()).as(joined.err()).isZero();
		assertThat(joined.err()).contains("ids moved past the target's own, e.g. files by 1");

		for (String table : STORE) {
			assertThat(postgres.count("SELECT COUNT(*) FROM " + table)).as(table)
				.isEqualTo(
						first.count("SELECT COUNT(*) FROM " + table) + second.count("SELECT COUNT(*) FROM " + table));
		}
		String figures = "SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.VALUE, G.UNIT, G.TEXT, S.SENTENCE FROM BRIEFING_FIGURE G "
				+ "JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID JOIN BRIEFING_SENTENCE S ON S.SENTENCE_ID = G.SENTENCE_ID "
				+ "WHERE A.WEEK = '2024-W46' ORDER BY A.FILE_NAME, A.SEQ, G.SEQ";
		assertThat(postgres.strings(figures)).isNotEmpty().isEqualTo(second.strings(figures));
		assertThat(postgres.cli("report", "--week", "2024-W46").exitCode()).isZero();
		assertThat(postgres.indicatorValues("2024-W46")).isEqualTo(second.indicatorValues("2024-W46"));
	}

	/**
	 * Every row of the store with its references resolved to what they name (ids may move
	 * between databases; what they point at may not).
	 */
	private static List<List<String>> rows(JobTestSupport t) throws Exception {
		return List.of(
				t.strings("SELECT NAME, CONTENT_KEY, SIZE_BYTES, MODIFIED, STATUS, REASON, ENCODING, PUBLISHED, WEEK, "
						+ "ARTICLES, INGESTED_AT FROM BRIEFING_FILE ORDER BY NAME, CONTENT_KEY"),
				t.strings("SELECT F.NAME, A.SEQ, A.TITLE, A.PUBLISHED, A.DATELINE, A.SOURCE, A.WEEK, A.EXACT_KEY, "
						+ "A.FIGURES_KEY, D.FILE_NAME, D.SEQ, T.BODY, S.SKETCH, Q.QUEUED_ID IS NOT NULL "
						+ "FROM BRIEFING_ARTICLE A JOIN BRIEFING_FILE F ON F.ID = A.FILE_ID "
						+ "JOIN BRIEFING_ARTICLE_TEXT T ON T.ARTICLE_ID = A.ID "
						+ "LEFT JOIN BRIEFING_ARTICLE D ON D.ID = A.DUPLICATE_OF "
						+ "LEFT JOIN BRIEFING_ARTICLE_SKETCH S ON S.SKETCH_ID = A.ID "
						+ "LEFT JOIN BRIEFING_EXTRACT_QUEUE Q ON Q.QUEUED_ID = A.ID ORDER BY F.NAME, A.SEQ"),
				t.strings("SELECT A.FILE_NAME, A.SEQ, G.SEQ, G.WEEK, G.PUBLISHED, G.CATEGORY, G.INDICATOR, G.LABEL, "
						+ "G.VALUE, G.VALUE_MAX, G.UNIT, G.COUNTER, G.QUALIFIER, G.PERIOD, G.REGION, G.DIRECTION, "
						+ "G.TEXT, S.SENTENCE, G.START_OFFSET, G.END_OFFSET FROM BRIEFING_FIGURE G "
						+ "JOIN BRIEFING_ARTICLE A ON A.ID = G.ARTICLE_ID "
						+ "LEFT JOIN BRIEFING_SENTENCE S ON S.SENTENCE_ID = G.SENTENCE_ID ORDER BY A.FILE_NAME, A.SEQ, G.SEQ"),
				t.strings(
						"SELECT KIND, F.NAME, P.FILE_NAME, ARTICLE_SEQ, DETAIL, P.WEEK, P.CREATED FROM BRIEFING_PROBLEM P "
								+ "LEFT JOIN BRIEFING_FILE F ON F.ID = P.FILE_ID ORDER BY P.FILE_NAME, ARTICLE_SEQ, DETAIL"));
	}

}
