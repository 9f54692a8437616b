package dev.briefing.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.briefing.config.ConfigException;

/**
 * Copies a store (files, articles with their text, sketches and extraction queue,
 * sentences, figures, problems) from one database into another, in one transaction on the
 * target, and verifies it there: the rows of each table are counted and digested (SHA-256
 * over their values) as they are read from the source and again as they are read back
 * from the target before the commit. Spring Batch's history stays behind, and so do the
 * executions that files and problems point at.
 * <p>
 * Ids move just past the target's largest id of each kind (nothing when the target is
 * empty), so a store can join a target that holds other files; the target's sequences and
 * identity columns are then moved past the ids copied, so later nights continue there. A
 * target that already holds any of the same files (name and content) is refused.
 */
public final class StoreCopy {

	private static final Logger log = LoggerFactory.getLogger(StoreCopy.class);

	private static final int BATCH = 1000;

	/** A kind of id, with the sequence or identity column that gives it on the target. */
	enum Ids {

		FILE("BRIEFING_FILE", "ID", "BRIEFING_FILE_SEQ"), ARTICLE("BRIEFING_ARTICLE", "ID", "BRIEFING_ARTICLE_SEQ"),
		SENTENCE("BRIEFING_SENTENCE", "SENTENCE_ID", "BRIEFING_SENTENCE_SEQ"), FIGURE("BRIEFING_FIGURE", "ID", null),
		PROBLEM("BRIEFING_PROBLEM", "ID", null);

		final String table;

		final String column;

		final String sequence;

		Ids(String table, String column, String sequence) {
			this.table = table;
			this.column = column;
			this.sequence = sequence;
		}

	}

	/**
	 * A table of the store: its key, the columns that hold ids (moved with their kind)
	 * and those that point at Batch's executions (left empty).
	 */
	private record Table(String name, String key, Map<String, Ids> ids, Set<String> emptied) {
	}

	/** In the order of their foreign keys. A new table of the store belongs here. */
	private static final List<Table> TABLES = List.of(
			new Table("BRIEFING_FILE", "ID", Map.of("ID", Ids.FILE), Set.of("EXECUTION_ID")),
			new Table("BRIEFING_ARTICLE", "ID",
					Map.of("ID", Ids.ARTICLE, "FILE_ID", Ids.FILE, "DUPLICATE_OF", Ids.ARTICLE), Set.of()),
			new Table("BRIEFING_ARTICLE_TEXT", "ARTICLE_ID", Map.of("ARTICLE_ID", Ids.ARTICLE), Set.of()),
			new Table("BRIEFING_ARTICLE_SKETCH", "SKETCH_ID", Map.of("SKETCH_ID", Ids.ARTICLE), Set.of()),
			new Table("BRIEFING_EXTRACT_QUEUE", "QUEUED_ID", Map.of("QUEUED_ID", Ids.ARTICLE), Set.of()),
			new Table("BRIEFING_SENTENCE", "SENTENCE_ID", Map.of("SENTENCE_ID", Ids.SENTENCE), Set.of()),
			new Table("BRIEFING_FIGURE", "ID",
					Map.of("ID", Ids.FIGURE, "ARTICLE_ID", Ids.ARTICLE, "SENTENCE_ID", Ids.SENTENCE), Set.of()),
			new Table("BRIEFING_PROBLEM", "ID", Map.of("ID", Ids.PROBLEM, "FILE_ID", Ids.FILE),
					Set.of("EXECUTION_ID")));

	/** What one table's copy came to: rows and digest read, and as read back. */
	public record Copied(String table, long rows, String digest, long verifiedRows, String verifiedDigest) {

		public boolean verified() {
			return rows == verifiedRows && digest.equals(verifiedDigest);
		}

	}

	/** The tables copied, and by how much each kind of id moved. */
	public record Result(List<Copied> tables, Map<String, Long> idOffsets) {

		public boolean verified() {
			return tables.stream().allMatch(Copied::verified);
		}

		public long rows(String table) {
			return tables.stream().filter(t -> t.table().equals(table)).mapToLong(Copied::rows).sum();
		}

	}

	private final DataSource source;

	private final DataSource target;

	private final Dialect targetDialect;

	private final String targetName;

	public StoreCopy(DataSource source, DataSource target, Dialect targetDialect, String targetName) {
		this.source = source;
		this.target = target;
		this.targetDialect = targetDialect;
		this.targetName = targetName;
	}

	/**
	 * Copies and verifies; the target is committed only when every table verified.
	 * @throws ConfigException when the target already holds some of the files
	 */
	public Result run() throws SQLException {
		try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
			from.setAutoCommit(false);
			from.setReadOnly(true);
			to.setAutoCommit(false);
			try {
				refuseSameFiles(from, to);
				Map<Ids, Long> own = largest(to);
				Map<Ids, Long> offsets = offsets(from, own);
				List<Copied> copied = new ArrayList<>();
				for (Table table : TABLES) {
					Digest written = copy(table, from, to, offsets);
					Digest read = readBack(table, to, own);
					copied.add(new Copied(table.name(), written.rows, written.hex(), read.rows, read.hex()));
					log.info("{}: {} row(s) copied, {} read back", table.name(), written.rows, read.rows);
				}
				Result result = new Result(copied, names(offsets));
				if (!result.verified()) {
					to.rollback();
					return result;
				}
				moveSequences(to);
				to.commit();
				return result;
			}
			catch (SQLException | RuntimeException e) {
				to.rollback();
				throw e;
			}
			finally {
				from.rollback();
			}
		}
	}

	private void refuseSameFiles(Connection from, Connection to) throws SQLException {
		Set<String> held = new HashSet<>();
		try (Statement s = to.createStatement();
				ResultSet rs = s.executeQuery("SELECT NAME, CONTENT_KEY FROM BRIEFING_FILE")) {
			while (rs.next()) {
				held.add(rs.getString(1) + "\u0000" + rs.getString(2));
			}
		}
		if (held.isEmpty()) {
			return;
		}
		long same = 0;
		String example = null;
		try (Statement s = from.createStatement();
				ResultSet rs = s.executeQuery("SELECT NAME, CONTENT_KEY FROM BRIEFING_FILE ORDER BY ID")) {
			while (rs.next()) {
				if (held.contains(rs.getString(1) + "\u0000" + rs.getString(2))) {
					same++;
					example = example == null ? rs.getString(1) : example;
				}
			}
		}
		if (same > 0) {
			throw new ConfigException("the database " + targetName + " already holds " + same
					+ " of the files to copy (e.g. " + example + "): was this history migrated before? Nothing was "
					+ "copied; migrate into a database that does not hold them (e.g. a new one: createdb)");
		}
	}

	/**
	 * The target's largest id of each kind, or {@link Long#MIN_VALUE} when it has none.
	 */
	private static Map<Ids, Long> largest(Connection to) throws SQLException {
		Map<Ids, Long> largest = new EnumMap<>(Ids.class);
		for (Ids ids : Ids.values()) {
			Long max = extreme(to, "MAX", ids);
			largest.put(ids, max == null ? Long.MIN_VALUE : max);
		}
		return largest;
	}

	/**
	 * How far each kind of id moves: the source's smallest just past the target's largest
	 * (identity columns may start at 0 on one database and 1 on another), nothing when
	 * the target has none or the source's ids are past them already.
	 */
	private static Map<Ids, Long> offsets(Connection from, Map<Ids, Long> largest) throws SQLException {
		Map<Ids, Long> offsets = new EnumMap<>(Ids.class);
		for (Ids ids : Ids.values()) {
			Long min = extreme(from, "MIN", ids);
			long own = largest.get(ids);
			offsets.put(ids, min == null || own == Long.MIN_VALUE ? 0 : Math.max(0, own - min + 1));
		}
		return offsets;
	}

	private static Long extreme(Connection c, String function, Ids ids) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT " + function + "(" + ids.column + ") FROM " + ids.table)) {
			rs.next();
			Number n = (Number) rs.getObject(1);
			return n == null ? null : n.longValue();
		}
	}

	private static Map<String, Long> names(Map<Ids, Long> offsets) {
		Map<String, Long> out = new LinkedHashMap<>();
		offsets.forEach((k, v) -> out.put(k.name().toLowerCase(Locale.ROOT), v));
		return out;
	}

	private static Digest copy(Table table, Connection from, Connection to, Map<Ids, Long> offsets)
			throws SQLException {
		Digest digest = new Digest();
		try (Statement read = from.createStatement()) {
			read.setFetchSize(BATCH);
			try (ResultSet rs = read.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.key())) {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnLabel(i).toUpperCase(Locale.ROOT));
				}
				String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
						+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
				try (PreparedStatement write = to.prepareStatement(insert)) {
					int pending = 0;
					Object[] row = new Object[columns.size()];
					while (rs.next()) {
						for (int i = 0; i < row.length; i++) {
							row[i] = value(table, columns.get(i), rs.getObject(i + 1), offsets);
							write.setObject(i + 1, row[i], meta.getColumnType(i + 1));
						}
						digest.add(row);
						write.addBatch();
						if (++pending == BATCH) {
							write.executeBatch();
							pending = 0;
						}
					}
					if (pending > 0) {
						write.executeBatch();
					}
				}
			}
		}
		return digest;
	}

	/**
	 * The rows of the copy as the target holds them (those past the target's own), in key
	 * order.
	 */
	private static Digest readBack(Table table, Connection to, Map<Ids, Long> largest) throws SQLException {
		Digest digest = new Digest();
		Ids keyIds = table.ids().get(table.key());
		try (PreparedStatement read = to.prepareStatement(
				"SELECT * FROM " + table.name() + " WHERE " + table.key() + " > ? ORDER BY " + table.key())) {
			read.setFetchSize(BATCH);
			read.setLong(1, largest.get(keyIds));
			try (ResultSet rs = read.executeQuery()) {
				int n = rs.getMetaData().getColumnCount();
				Object[] row = new Object[n];
				while (rs.next()) {
					for (int i = 0; i < n; i++) {
						row[i] = rs.getObject(i + 1);
					}
					digest.add(row);
				}
			}
		}
		return digest;
	}

	private static Object value(Table table, String column, Object value, Map<Ids, Long> offsets) {
		if (table.emptied().contains(column)) {
			return null;
		}
		Ids ids = table.ids().get(column);
		if (ids == null || value == null) {
			return value;
		}
		return ((Number) value).longValue() + offsets.get(ids);
	}

	/** Sequences and identity columns give ids past those copied. */
	private void moveSequences(Connection to) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(to, true));
		for (Ids ids : Ids.values()) {
			Long max = extreme(to, "MAX", ids);
			long next = max == null ? 1 : max + 1;
			if (ids.sequence != null) {
				long current = targetDialect.sequenceNext(jdbc, ids.sequence);
				if (next > current) {
					targetDialect.restartSequence(jdbc, ids.sequence, next);
				}
			}
			else {
				targetDialect.restartIdentity(jdbc, ids.table, ids.column, next);
			}
		}
	}

	/**
	 * Rows and a SHA-256 digest of their values in a form both databases agree on
	 * (numbers plain, times and dates in ISO form).
	 */
	private static final class Digest {

		private final MessageDigest sha;

		private long rows;

		Digest() {
			try {
				sha = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

		void add(Object[] row) {
			rows++;
			for (Object v : row) {
				sha.update(canonical(v).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0x1F);
			}
			sha.update((byte) 0x1E);
		}

		String hex() {
			try {
				return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
			}
			catch (CloneNotSupportedException e) {
				throw new IllegalStateException(e);
			}
		}

		private static String canonical(Object v) {
			if (v == null) {
				return "\u0000";
			}
			if (v instanceof BigDecimal d) {
				return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
			}
			if (v instanceof Number n) {
				return canonical(new BigDecimal(n.toString()));
			}
			if (v instanceof Timestamp t) {
				return t.toLocalDateTime().toString();
			}
			if (v instanceof java.sql.Date d) {
				return d.toLocalDate().toString();
			}
			return v.toString();
		}

	}

}
