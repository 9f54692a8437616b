package dev.briefing.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One database of the {@link PostgresTestServer}: its URL for {@code --database}, and
 * ways to look at what a command left in it.
 */
public record PostgresTestDatabase(String name, String host, int port, String user, String password) {

	/**
	 * The URL to give {@code --database}: with the account in it, so that no config or
	 * environment is needed.
	 */
	public String url() {
		return plainUrl() + "?user=" + user + "&password=" + password;
	}

	/** The URL without the account, as ops write it. */
	public String plainUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + name;
	}

	public DataSource dataSource() {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), plainUrl(), user, password);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(plainUrl(), user, password);
	}

	/** Runs one statement as the database's owner. */
	public void execute(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	/** A query's rows, each as its columns joined by a space, decimals in plain form. */
	public List<String> strings(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return strings(rs);
		}
	}

	/**
	 * A result's rows, each as its columns joined by a space, decimals in plain form: one
	 * way for tests on either database to compare rows.
	 */
	public static List<String> strings(ResultSet rs) throws SQLException {
		List<String> out = new ArrayList<>();
		int columns = rs.getMetaData().getColumnCount();
		while (rs.next()) {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= columns; i++) {
				Object v = rs.getObject(i);
				row.append(i > 1 ? " " : "")
					.append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
			}
			out.add(row.toString());
		}
		return out;
	}

	/** The single number a query returns. */
	public long count(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Drops the database (its connections are ended first: a killed child's sessions may
	 * linger for a moment).
	 */
	public void drop() {
		PostgresTestServer.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

}
