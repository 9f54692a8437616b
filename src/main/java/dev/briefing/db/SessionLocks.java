package dev.briefing.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import dev.briefing.config.BriefingConfig;

/**
 * PostgreSQL session-level advisory locks on a connection of their own, outside the pool
 * (a pool retires its connections, and a lock goes with its connection). The server
 * releases them when the connection ends, also when the process is killed with
 * {@code kill -9} or its machine goes down (once TCP keepalive notices). A lock is a kind
 * (what is locked: the store, a partition's step execution) and an id.
 */
public final class SessionLocks implements AutoCloseable {

	/** Kinds of lock; each is a PostgreSQL advisory lock key (kind, id). */
	public enum Kind {

		/** The store: one writing command at a time per database. */
		STORE(0x42524946),

		/** A step execution (a partition) a worker runs now. */
		STEP(0x42525354);

		final int key;

		Kind(int key) {
			this.key = key;
		}

	}

	/**
	 * The condition on {@code pg_locks} (aliased {@code L}) that finds a lock held in
	 * this database, with two int parameters: {@link #key(Kind)} and
	 * {@link #idKey(long)}.
	 */
	static final String HELD = "L.locktype = 'advisory' AND L.objsubid = 2 AND L.granted "
			+ "AND L.classid = CAST(? AS oid) AND L.objid = CAST(? AS oid) "
			+ "AND L.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	private final Connection connection;

	private SessionLocks(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Opens the connection that will hold the locks; {@code purpose} shows in
	 * {@code pg_stat_activity}.
	 */
	public static SessionLocks open(String url, BriefingConfig.Login login, String purpose) throws SQLException {
		Properties props = new Properties();
		String user = Dialect.POSTGRESQL.user(login);
		if (user != null) {
			props.setProperty("user", user);
		}
		props.setProperty("password", login.password() == null ? "" : login.password());
		props.setProperty("ApplicationName", purpose);
		// a dead peer is noticed by the operating system, so the server drops the lock
		props.setProperty("tcpKeepAlive", "true");
		Connection c = new org.postgresql.Driver().connect(url, props);
		if (c == null) {
			throw new SQLException("not a PostgreSQL URL: " + url);
		}
		c.setAutoCommit(true);
		return new SessionLocks(c);
	}

	/** Takes the lock if no other session holds it; true when this session holds it. */
	public boolean tryLock(Kind kind, long id) throws SQLException {
		return bool("SELECT pg_try_advisory_lock(?, ?)", kind, id);
	}

	public void unlock(Kind kind, long id) throws SQLException {
		bool("SELECT pg_advisory_unlock(?, ?)", kind, id);
	}

	/** The connection that holds the locks, for statements that belong with them. */
	public Connection connection() {
		return connection;
	}

	/** Whether the connection still works (and so still holds its locks). */
	public boolean alive() {
		try {
			return connection.isValid(10);
		}
		catch (SQLException e) {
			return false;
		}
	}

	static int key(Kind kind) {
		return kind.key;
	}

	/**
	 * The lock's second key: ids beyond the int range share keys, which only errs safe.
	 */
	static int idKey(long id) {
		return (int) (id ^ (id >>> 32)) & Integer.MAX_VALUE;
	}

	private boolean bool(String sql, Kind kind, long id) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(sql)) {
			s.setInt(1, kind.key);
			s.setInt(2, idKey(id));
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	@Override
	public void close() {
		try {
			connection.close();
		}
		catch (SQLException e) {
			// the server ends the session and its locks anyway
		}
	}

}
