package dev.briefing.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.briefing.ingest.ReadProblem;

/** Data-quality problems, by the week whose workbook reports them. */
public final class ProblemStore {

	private final JdbcClient jdbc;

	public ProblemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ReadProblem p, Long fileId, String week, Long executionId, LocalDateTime now) {
		jdbc.sql(
				"""
						INSERT INTO BRIEFING_PROBLEM (KIND, FILE_ID, FILE_NAME, ARTICLE_SEQ, DETAIL, WEEK, EXECUTION_ID, CREATED)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.kind().name(), fileId, Text.cap(p.file(), 1000), p.article(), Text.cap(p.detail(), 4000), week,
					executionId, Timestamp.valueOf(now))
			.update();
	}

	public List<ReadProblem> week(String week) {
		return jdbc
			.sql("""
					SELECT KIND, FILE_NAME, ARTICLE_SEQ, DETAIL FROM BRIEFING_PROBLEM WHERE WEEK = ?
					ORDER BY CASE KIND WHEN 'SKIPPED_FILE' THEN 1 WHEN 'UNDATED' THEN 2 ELSE 3 END, FILE_NAME, ARTICLE_SEQ, ID""")
			.param(week)
			.query((rs, n) -> new ReadProblem(ReadProblem.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
					rs.getString(4)))
			.list();
	}

}
