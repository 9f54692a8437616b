package dev.briefing.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.config.BriefingConfig;

/**
 * The run lock on a PostgreSQL database: one command that writes the store (a night, a
 * restart, a reextract, a migrate into it) at a time, across processes and machines,
 * while commands that only read (status, report) go on beside it. The lock is a
 * session-level advisory lock on a connection of its own ({@link SessionLocks}), so it
 * ends with its process, also after {@code kill -9}; the row in {@code BRIEFING_RUN_LOCK}
 * names the holder (host, pid, start, command, the execution it runs) for whoever finds
 * the lock taken, and is believed only while the session that wrote it holds the lock.
 */
public final class PostgresRunLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresRunLock.class);

	private static final String STORE = "store";

	private static final long WATCH_SECONDS = 30;

	private final SessionLocks locks;

	private final Thread watchdog;

	private volatile boolean closed;

	private PostgresRunLock(SessionLocks locks, String url, Runnable onLost) {
		this.locks = locks;
		this.watchdog = new Thread(() -> watch(url, onLost), "briefing-run-lock");
		this.watchdog.setDaemon(true);
		this.watchdog.start();
	}

	/**
	 * Takes the lock, or returns empty when another process holds it.
	 * @param command what this process does, shown to others
	 * @param onLost called if the lock's connection is lost while held (the server then
	 * no longer keeps others out): stop writing
	 */
	public static Optional<PostgresRunLock> tryAcquire(String url, BriefingConfig.Login login, String command,
			Runnable onLost) throws SQLException {
		SessionLocks locks = SessionLocks.open(url, login, "briefing run lock: " + cap(command, 40));
		try {
			if (!locks.tryLock(SessionLocks.Kind.STORE, 0)) {
				locks.close();
				return Optional.empty();
			}
			try (PreparedStatement s = locks.connection()
				.prepareStatement(
						"""
								INSERT INTO BRIEFING_RUN_LOCK (LOCK_NAME, BACKEND_PID, HOST, PID, STARTED, COMMAND, EXECUTION_ID)
								VALUES (?, pg_backend_pid(), ?, ?, ?, ?, NULL)
								ON CONFLICT (LOCK_NAME) DO UPDATE SET BACKEND_PID = EXCLUDED.BACKEND_PID, HOST = EXCLUDED.HOST,
								  PID = EXCLUDED.PID, STARTED = EXCLUDED.STARTED, COMMAND = EXCLUDED.COMMAND, EXECUTION_ID = NULL""")) {
				s.setString(1, STORE);
				s.setString(2, host());
				s.setLong(3, ProcessHandle.current().pid());
				s.setObject(4, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
				s.setString(5, cap(command, 1000));
				s.executeUpdate();
			}
		}
		catch (SQLException | RuntimeException e) {
			locks.close();
			throw e;
		}
		return Optional.of(new PostgresRunLock(locks, url, onLost));
	}

	/**
	 * Who holds the lock now: "host H, pid P, started T, command: C", or what is known of
	 * a holder that has not named itself yet.
	 */
	public static String holder(String url, BriefingConfig.Login login) {
		try (SessionLocks c = SessionLocks.open(url, login, "briefing: who holds the run lock");
				PreparedStatement s = c.connection().prepareStatement("""
						SELECT L.pid, H.HOST, H.PID, H.STARTED, H.COMMAND, H.EXECUTION_ID
						FROM pg_locks L LEFT JOIN BRIEFING_RUN_LOCK H ON H.LOCK_NAME = ? AND H.BACKEND_PID = L.pid
						WHERE\s""" + SessionLocks.HELD)) {
			s.setString(1, STORE);
			s.setInt(2, SessionLocks.key(SessionLocks.Kind.STORE));
			s.setInt(3, SessionLocks.idKey(0));
			try (ResultSet rs = s.executeQuery()) {
				if (!rs.next()) {
					return "a process that has just let it go";
				}
				if (rs.getString(2) == null) {
					return "a process that is still starting (database session " + rs.getInt(1) + ")";
				}
				return describe(rs, 2);
			}
		}
		catch (SQLException e) {
			return "unknown process (" + e.getMessage() + ")";
		}
	}

	/**
	 * The live process that runs the job execution now (as {@link #holder} names it), if
	 * any: a night runs in the process that holds the lock and has recorded the
	 * execution.
	 */
	public static Optional<String> runnerOf(JdbcTemplate jdbc, long executionId) {
		List<String> found = jdbc.query("""
				SELECT H.HOST, H.PID, H.STARTED, H.COMMAND, H.EXECUTION_ID FROM BRIEFING_RUN_LOCK H
				WHERE H.LOCK_NAME = ? AND H.EXECUTION_ID = ?
				AND EXISTS (SELECT 1 FROM pg_locks L WHERE L.pid = H.BACKEND_PID AND\s""" + SessionLocks.HELD + ")",
				(rs, n) -> describe(rs, 1), STORE, executionId, SessionLocks.key(SessionLocks.Kind.STORE),
				SessionLocks.idKey(0));
		return found.stream().findFirst();
	}

	/**
	 * The live process that runs the step execution now (a worker that holds its
	 * {@link SessionLocks.Kind#STEP} lock), if any.
	 */
	public static Optional<String> runnerOfStep(JdbcTemplate jdbc, long stepExecutionId) {
		List<String> found = jdbc.query("""
				SELECT A.application_name, A.client_addr, L.pid FROM pg_locks L
				LEFT JOIN pg_stat_activity A ON A.pid = L.pid WHERE\s""" + SessionLocks.HELD,
				(rs, n) -> "database session " + rs.getInt(3)
						+ (rs.getString(1) == null || rs.getString(1).isEmpty() ? "" : " (" + rs.getString(1) + ")")
						+ (rs.getString(2) == null ? "" : " from " + rs.getString(2)),
				SessionLocks.key(SessionLocks.Kind.STEP), SessionLocks.idKey(stepExecutionId));
		return found.stream().findFirst();
	}

	/**
	 * Records in this process's holder row the job execution it runs now (a no-op when
	 * this process holds no lock).
	 */
	public static void recordExecution(JdbcTemplate jdbc, long executionId) {
		jdbc.update("UPDATE BRIEFING_RUN_LOCK SET EXECUTION_ID = ? WHERE LOCK_NAME = ? AND HOST = ? AND PID = ?",
				executionId, STORE, host(), ProcessHandle.current().pid());
	}

	private static String describe(ResultSet rs, int from) throws SQLException {
		OffsetDateTime started = rs.getObject(from + 2, OffsetDateTime.class);
		Long execution = rs.getObject(from + 4, Long.class);
		return "host " + rs.getString(from) + ", pid " + rs.getLong(from + 1) + ", started "
				+ started.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime() + ", command: "
				+ rs.getString(from + 3) + (execution == null ? "" : ", execution " + execution);
	}

	private void watch(String url, Runnable onLost) {
		while (!closed) {
			try {
				Thread.sleep(WATCH_SECONDS * 1000);
			}
			catch (InterruptedException e) {
				return;
			}
			if (!closed && !locks.alive()) {
				log.error(
						"The connection holding the run lock on {} was lost, so another run may start beside this "
								+ "one: stopping this run at its next chunk boundary ('briefing restart' continues it)",
						Dialect.POSTGRESQL.describe(url));
				onLost.run();
				return;
			}
		}
	}

	static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			String env = System.getenv("HOSTNAME");
			return env == null ? "unknown host" : env;
		}
	}

	private static String cap(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	@Override
	public void close() {
		closed = true;
		watchdog.interrupt();
		try (PreparedStatement s = locks.connection()
			.prepareStatement("DELETE FROM BRIEFING_RUN_LOCK WHERE LOCK_NAME = ? AND BACKEND_PID = pg_backend_pid()")) {
			s.setString(1, STORE);
			s.executeUpdate();
			locks.unlock(SessionLocks.Kind.STORE, 0);
		}
		catch (SQLException e) {
			// the session ends below, and with it the lock
		}
		finally {
			locks.close();
		}
	}

}
