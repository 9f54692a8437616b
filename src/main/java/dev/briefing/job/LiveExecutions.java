package dev.briefing.job;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.db.Dialect;
import dev.briefing.db.PostgresRunLock;

/**
 * Which executions a live process runs now, so that only what no live process holds is
 * recovered or reported as left by a dead one. On HSQLDB nobody else can run anything
 * (the caller holds the file lock on the database). On PostgreSQL the run lock's holder
 * row names the job execution its holder runs, and a worker holds a session lock on each
 * step execution (partition) it runs; both die with their process.
 */
public final class LiveExecutions {

	private final JdbcTemplate jdbc;

	LiveExecutions(Dialect dialect, DataSource dataSource) {
		this.jdbc = dialect.oneProcessAtATime() ? null : new JdbcTemplate(dataSource);
	}

	/** The live process running the job execution, if any (host, pid, start, command). */
	public Optional<String> runner(JobExecution execution) {
		return jdbc == null ? Optional.empty() : PostgresRunLock.runnerOf(jdbc, execution.getId());
	}

	/** The live process running the step execution (a worker's partition), if any. */
	public Optional<String> runner(StepExecution step) {
		return jdbc == null ? Optional.empty() : PostgresRunLock.runnerOfStep(jdbc, step.getId());
	}

	/** Records that this process now runs the job execution. */
	void started(JobExecution execution) {
		if (jdbc != null) {
			PostgresRunLock.recordExecution(jdbc, execution.getId());
		}
	}

}
