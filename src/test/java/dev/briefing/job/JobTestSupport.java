package dev.briefing.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dev.briefing.cli.CliRun;
import dev.briefing.db.PostgresTestDatabase;

/**
 * Scratch folders for one job test: inbox, reports, database (an HSQLDB file database in
 * {@code database}, or the PostgreSQL database {@code postgres} when set); and ways to
 * look at what a run left.
 */
record JobTestSupport(Path inbox, Path reports, Path database, Path config, PostgresTestDatabase postgres) {

	JobTestSupport(Path inbox, Path reports, Path database) {
		this(inbox, reports, database, null, null);
	}

	JobTestSupport(Path inbox, Path reports, Path database, Path config) {
		this(inbox, reports, database, config, null);
	}

	/** The same folders with a PostgreSQL database instead of the HSQLDB files. */
	JobTestSupport on(PostgresTestDatabase db) {
		return new JobTestSupport(inbox, reports, database, config, db);
	}

	/**
	 * The same folders with a config of their own: the project's, edited by {@code edit},
	 * with its paths made absolute.
	 */
	JobTestSupport withConfig(java.util.function.UnaryOperator<String> edit) throws IOException {
		Path projectConfigs = Path.of("job-configs").toAbsolutePath();
		String text = Files.readString(projectConfigs.resolve("nightly-briefing.yml"))
			.replace("catalog: indicators.yml", "catalog: " + projectConfigs.resolve("indicators.yml"));
		Path file = database.resolveSibling("test-config.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, edit.apply(text));
		return new JobTestSupport(inbox, reports, database, file, postgres);
	}

	static JobTestSupport in(Path dir) throws IOException {
		JobTestSupport s = new JobTestSupport(dir.resolve("IN"), dir.resolve("OUT"), dir.resolve("DB"));
		Files.createDirectories(s.inbox);
		return s;
	}

	String url() {
		if (postgres != null) {
			return postgres.url();
		}
		return "jdbc:hsqldb:file:" + database.resolve("briefing");
	}

	String[] args(String... command) {
		List<String> a = new ArrayList<>(List.of(command));
		a.addAll(List.of("--inbox", inbox.toString(), "--reports", reports.toString(), "--database", url()));
		if (config != null) {
			a.addAll(List.of("--config", config.toString()));
		}
		return a.toArray(String[]::new);
	}

	CliRun cli(String... command) {
		return CliRun.of(args(command));
	}

	Path copyResource(String resource, String name) throws IOException {
		try (InputStream in = JobTestSupport.class.getResourceAsStream(resource)) {
			Path target = inbox.resolve(name);
			Files.copy(in, target);
			return target;
		}
	}

	Path workbook(String week) {
		return reports.resolve(week).resolve("briefing-" + week + ".xlsx");
	}

	/**
	 * The numbers of the {@code 数值} column of the workbook's {@code 指标} sheet, in row
	 * order.
	 */
	List<Double> indicatorValues(String week) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook(week)))) {
			Sheet sheet = wb.getSheet("指标");
			int header = -1;
			int column = -1;
			for (Row row : sheet) {
				for (Cell c : row) {
					if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("数值")) {
						header = row.getRowNum();
						column = c.getColumnIndex();
					}
				}
				if (column >= 0) {
					break;
				}
			}
			if (column < 0) {
				throw new AssertionError("no 数值 column in the 指标 sheet");
			}
			List<Double> values = new ArrayList<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Cell c = row == null ? null : row.getCell(column);
				if (c != null && c.getCellType() == CellType.NUMERIC) {
					values.add(c.getNumericCellValue());
				}
			}
			return values;
		}
	}

	/**
	 * Every cell of the workbook's sheets, sheet by sheet and row by row ({@code sheet!A1
	 * value}), but the time it was written: what two runs over the same data must agree
	 * on.
	 */
	List<String> cellValues(String week) throws IOException {
		List<String> out = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook(week)))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell c : row) {
						String v = switch (c.getCellType()) {
							case NUMERIC -> String.valueOf(c.getNumericCellValue());
							case STRING -> c.getStringCellValue();
							case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
							case FORMULA -> c.getCellFormula();
							default -> null;
						};
						if (v != null && !v.startsWith("生成时间")) {
							out.add(sheet.getSheetName() + "!" + c.getAddress() + " " + v);
						}
					}
				}
			}
		}
		return out;
	}

	/** The sentences of {@code 本周要点} in the workbook's {@code 概览}: the cells under it. */
	static List<String> highlights(Path workbook) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			return highlights(wb.getSheet("概览"));
		}
	}

	static List<String> highlights(Sheet overview) {
		List<String> out = new ArrayList<>();
		boolean in = false;
		for (int r = 0; r <= overview.getLastRowNum(); r++) {
			Row row = overview.getRow(r);
			Cell c = row == null ? null : row.getCell(0);
			String text = c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
			if (in && text.isEmpty()) {
				break;
			}
			if (in) {
				out.add(text);
			}
			in |= text.equals("本周要点");
		}
		return out;
	}

	/** A query's rows, each as its columns joined by a space, decimals in plain form. */
	List<String> strings(String sql) throws SQLException {
		if (postgres != null) {
			return postgres.strings(sql);
		}
		try (Connection c = DriverManager.getConnection(url() + ";hsqldb.lock_file=false;shutdown=true", "SA", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			return PostgresTestDatabase.strings(rs);
		}
	}

	/** Runs a query against the run's database after the command has closed it. */
	long count(String sql) throws SQLException {
		if (postgres != null) {
			return postgres.count(sql);
		}
		try (Connection c = DriverManager.getConnection(url() + ";hsqldb.lock_file=false;shutdown=true", "SA", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
