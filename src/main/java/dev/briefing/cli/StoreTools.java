package dev.briefing.cli;

import java.net.URI;
import java.nio.file.Path;

import dev.briefing.config.BriefingConfig;

/**
 * What to back a database up with when it is not an HSQLDB file database: PostgreSQL's
 * own {@code pg_dump} and {@code pg_restore}, with the command lines for the configured
 * database.
 */
final class StoreTools {

	private StoreTools() {
	}

	static boolean isPostgres(String url) {
		return url.startsWith("jdbc:postgresql:");
	}

	/** The config's database without user information or parameters, safe to print. */
	static String shown(String url) {
		int q = url.indexOf('?');
		return q < 0 ? url : url.substring(0, q);
	}

	/** {@code pg_dump} and {@code pg_restore} command lines for the database. */
	static String postgresAdvice(BriefingConfig config, Path folder) {
		URI uri = URI.create(shown(config.database()).substring("jdbc:".length()));
		String host = uri.getHost() == null ? "localhost" : uri.getHost();
		int port = uri.getPort() < 0 ? 5432 : uri.getPort();
		String db = uri.getPath() == null || uri.getPath().length() < 2 ? "briefing" : uri.getPath().substring(1);
		String user = config.login().user() == null ? "briefing" : config.login().user();
		String target = (folder == null ? "" : folder.toString().replaceAll("/$", "") + "/") + db
				+ "-$(date +%Y%m%dT%H%M%S).dump";
		return "back it up with PostgreSQL's own tools, e.g. 'pg_dump --host=" + host + " --port=" + port
				+ " --username=" + user + " --format=custom --file=" + target + " " + db
				+ "', and bring one back with 'pg_restore --host=" + host + " --port=" + port + " --username=" + user
				+ " --dbname=" + db + " --clean --if-exists FILE.dump' (the password from PGPASSWORD or ~/.pgpass)";
	}

}
