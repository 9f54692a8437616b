package dev.briefing.job;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another program with the database open the way HSQLDB's own tools open it (with its
 * lock file), for as long as the test lets it live.
 */
public final class HoldDatabase {

	private HoldDatabase() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + args[0], "SA", "")) {
			System.out.println("open");
			System.out.flush();
			Thread.sleep(Long.parseLong(args[1]));
		}
	}

}
