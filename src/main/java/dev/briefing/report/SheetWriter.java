package dev.briefing.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import dev.briefing.report.StyleLibrary.Look;

/**
 * Writes cells of one sheet in a single look per kind of content, keeps text within what
 * a cell may hold, and remembers how wide each column's content is so that the widths fit
 * it at the end.
 */
final class SheetWriter {

	/** Excel's limit on the characters of one cell. */
	static final int MAX_CELL_CHARS = 32_767;

	private final Sheet sheet;

	private final StyleLibrary styles;

	private final int[] widths = new int[64];

	private final LeftOut leftOut;

	/** Rows made since the item being written began, to take back when it fails. */
	private final List<Integer> itemRows = new ArrayList<>();

	SheetWriter(Sheet sheet, StyleLibrary styles) {
		this(sheet, styles, new LeftOut());
	}

	SheetWriter(Sheet sheet, StyleLibrary styles, LeftOut leftOut) {
		this.sheet = sheet;
		this.styles = styles;
		this.leftOut = leftOut;
	}

	Sheet sheet() {
		return sheet;
	}

	StyleLibrary styles() {
		return styles;
	}

	Row row(int index) {
		itemRows.add(index);
		return sheet.createRow(index);
	}

	/**
	 * Writes one item (a figure's row, an article's, a chart): when it cannot be written,
	 * the rows it made are taken back, it is named in {@code 数据质量}, and false is
	 * returned.
	 */
	boolean item(Supplier<String> what, Runnable write) {
		return item(sheet.getSheetName(), what, () -> {
			write.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** {@link #item(Supplier, Runnable)} for an item that gives something back. */
	<T> Optional<T> item(String place, Supplier<String> what, Supplier<T> write) {
		itemRows.clear();
		return leftOut.attempt(place, what, write, () -> {
			for (int r : itemRows) {
				Row made = sheet.getRow(r);
				if (made != null) {
					sheet.removeRow(made);
				}
			}
		});
	}

	/** Text as text, never as a formula; blank when null. */
	Cell text(Row row, int col, String value, Look look) {
		String s = clean(value, look == Look.WRAP);
		Cell cell = row.createCell(col);
		cell.setCellStyle(styles.text(look, s));
		if (!s.isEmpty()) {
			cell.setCellValue(s);
		}
		if (look == Look.TEXT || look == Look.LINK || look == Look.MUTED || look == Look.HEADER) {
			fit(col, displayWidth(s));
		}
		return cell;
	}

	Cell number(Row row, int col, double value, CellStyle style) {
		Cell cell = row.createCell(col);
		cell.setCellStyle(style);
		cell.setCellValue(value);
		fit(col, numberWidth(value));
		return cell;
	}

	Cell date(Row row, int col, LocalDate date) {
		if (date == null) {
			return text(row, col, "无日期", Look.MUTED);
		}
		Cell cell = row.createCell(col);
		cell.setCellStyle(styles.look(Look.DATE));
		cell.setCellValue(date);
		fit(col, 10);
		return cell;
	}

	Cell dateTime(Row row, int col, LocalDateTime time) {
		Cell cell = row.createCell(col);
		cell.setCellStyle(styles.look(Look.DATETIME));
		cell.setCellValue(time);
		fit(col, 16);
		return cell;
	}

	/** A link to a cell of this workbook, such as {@code '来源'!F5}. */
	void link(Cell cell, String location) {
		Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress(location);
		cell.setHyperlink(link);
	}

	void fit(int col, int chars) {
		if (col < widths.length && chars > widths[col]) {
			widths[col] = chars;
		}
	}

	/**
	 * Sets each column's width to its widest content, within the given bounds (in
	 * characters).
	 */
	void fitColumns(int[] min, int[] max) {
		for (int c = 0; c < min.length; c++) {
			int chars = Math.max(min[c], Math.min(max[c], widths[c] + 2));
			sheet.setColumnWidth(c, chars * 256);
		}
	}

	/**
	 * Landscape, as wide as the page, page numbers in the footer; {@code headerRows}
	 * repeat on every page.
	 */
	void printSetup(String title, int headerRows) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		if (headerRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
		}
		sheet.getHeader().setLeft(title);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}

	/**
	 * Text fit for a cell: at most {@value #MAX_CELL_CHARS} characters, no characters XML
	 * cannot hold, and on one line unless the cell wraps.
	 */
	static String clean(String value, boolean multiline) {
		if (value == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_CELL_CHARS));
		int i = 0;
		for (; i < value.length() && b.length() < MAX_CELL_CHARS; i++) {
			char c = value.charAt(i);
			if (c == '\n' || c == '\r' || c == '\t') {
				b.append(multiline && c == '\n' ? '\n' : ' ');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				b.append(c).append(value.charAt(++i));
			}
			else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
				b.append(c);
			}
		}
		if (i < value.length() || b.length() > MAX_CELL_CHARS) {
			int cut = MAX_CELL_CHARS - 1;
			if (Character.isLowSurrogate(b.charAt(cut)) || Character.isHighSurrogate(b.charAt(cut - 1))) {
				cut--;
			}
			b.setLength(cut);
			b.append('…');
		}
		return b.toString();
	}

	/** Width in Latin characters: Chinese and full-width characters take two. */
	static int displayWidth(String s) {
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			w += s.charAt(i) >= 0x2E80 && (s.charAt(i) < 0xFF61 || s.charAt(i) > 0xFFDC) ? 2 : 1;
		}
		return w;
	}

	private static int numberWidth(double value) {
		long whole = (long) Math.abs(value);
		int digits = Long.toString(whole).length();
		return digits + (digits - 1) / 3 + (value == Math.rint(value) ? 0 : 5) + 4;
	}

}
