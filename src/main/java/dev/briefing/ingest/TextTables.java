package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables typed into plain text, their columns set apart by wide gaps
 * ({@code 2024年8月　　49.1　　49.8}): each row is rewritten as a sentence of cells separated
 * by {@code ，}, with the unit a {@code 单位：%} line above the table gives after every
 * number, and so are the header lines right above the rows. Without this the cleanup,
 * which drops the spaces a layout puts inside numbers, ran the columns together
 * ({@code 49.149.8}).
 */
final class TextTables {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?[%％]?");

	/** Lines above the rows searched for the header and the unit line. */
	private static final int ABOVE = 4;

	private TextTables() {
	}

	/** The text with its tables rewritten; the text itself where it holds none. */
	static String rewrite(String text) {
		if (!mayHoldRow(text)) {
			return text;
		}
		String[] lines = text.split("\n", -1);
		List<List<String>> cells = new ArrayList<>(lines.length);
		boolean[] row = new boolean[lines.length];
		boolean any = false;
		for (int i = 0; i < lines.length; i++) {
			List<String> c = cells(lines[i]);
			cells.add(c);
			row[i] = isRow(c);
			any |= row[i];
		}
		if (!any) {
			return text;
		}
		boolean[] header = new boolean[lines.length];
		String[] out = lines.clone();
		for (int i = 0; i < lines.length; i++) {
			if (!row[i] || i > 0 && row[i - 1]) {
				continue;
			}
			int end = i;
			while (end < lines.length && (row[end] || lines[end].isBlank() && end + 1 < lines.length && row[end + 1])) {
				end++;
			}
			List<String> units = List.of();
			List<String> heads = List.of();
			for (int k = i - 1, seen = 0; k >= 0 && seen < ABOVE; k--) {
				if (lines[k].isBlank()) {
					continue;
				}
				seen++;
				if (units.isEmpty()) {
					units = TableUnits.named(lines[k]);
					if (!units.isEmpty() && lines[k].trim().startsWith("单位")) {
						out[k] = lines[k].stripTrailing() + "。";
					}
				}
				if (heads.isEmpty() && isHeaderLine(cells.get(k)) && !header[k]) {
					heads = cells.get(k);
					header[k] = true;
					out[k] = sentence(heads, 0, null, List.of(), "");
				}
			}
			for (int r = i; r < end; r++) {
				if (row[r]) {
					out[r] = sentence(cells.get(r), values(cells.get(r)), heads, units, indent(lines[r]));
				}
			}
			i = end - 1;
		}
		return String.join("\n", out);
	}

	/**
	 * Whether some line has two wide gaps each followed by a digit: one pass, nothing
	 * allocated.
	 */
	private static boolean mayHoldRow(String text) {
		int n = text.length();
		int gapsBeforeDigits = 0;
		int i = 0;
		while (i < n) {
			char ch = text.charAt(i);
			if (ch == '\n') {
				gapsBeforeDigits = 0;
				i++;
				continue;
			}
			if (!isSpace(ch)) {
				i++;
				continue;
			}
			int gap = i;
			boolean wide = false;
			while (i < n && isSpace(text.charAt(i))) {
				wide |= text.charAt(i) == '\u3000' || text.charAt(i) == '\t' || i > gap;
				i++;
			}
			if (wide && gap > 0 && text.charAt(gap - 1) != '\n' && i < n && Character.isDigit(text.charAt(i))
					&& ++gapsBeforeDigits >= 2) {
				return true;
			}
		}
		return false;
	}

	/** The cells of a line split at its wide gaps; one cell where there is none. */
	private static List<String> cells(String line) {
		List<String> out = new ArrayList<>();
		int n = line.length();
		int i = 0;
		while (i < n && isSpace(line.charAt(i))) {
			i++;
		}
		int start = i;
		while (i < n) {
			if (!isSpace(line.charAt(i))) {
				i++;
				continue;
			}
			int gap = i;
			boolean wide = false;
			while (i < n && isSpace(line.charAt(i))) {
				char ch = line.charAt(i);
				wide |= ch == '\u3000' || ch == '\t' || i > gap;
				i++;
			}
			if (wide && i < n) {
				out.add(line.substring(start, gap));
				start = i;
			}
		}
		String last = line.substring(start).strip();
		if (!last.isEmpty()) {
			out.add(last);
		}
		return out;
	}

	private static boolean isSpace(char ch) {
		return ch == ' ' || ch == '\u3000' || ch == '\t' || ch == '\u00a0' || ch == '\r';
	}

	/** Column heads above the rows: two or more short cells, no sentence among them. */
	private static boolean isHeaderLine(List<String> cells) {
		if (cells.size() < 2) {
			return false;
		}
		for (String c : cells) {
			if (c.length() > MAX_HEAD || c.matches(".*[，。；,;].*")) {
				return false;
			}
		}
		return true;
	}

	private static final int MAX_HEAD = 12;

	/**
	 * A row of figures: at least two numbers, and besides them no more than the row's
	 * label.
	 */
	private static boolean isRow(List<String> cells) {
		if (cells.size() < 3) {
			return false;
		}
		int numbers = 0;
		for (int c = 0; c < cells.size(); c++) {
			if (isNumber(cells.get(c))) {
				numbers++;
			}
			else if (c > 0 && !isPlaceholder(cells.get(c)) && !isShortValue(cells.get(c))) {
				return false;
			}
		}
		return numbers >= 2;
	}

	/**
	 * Index of the first figure column: the columns of a header line line up with the
	 * figures.
	 */
	private static int values(List<String> cells) {
		return isNumber(cells.get(0)) ? 0 : 1;
	}

	private static boolean isNumber(String cell) {
		return NUMBER.matcher(fold(cell)).matches();
	}

	/** A value written with its unit: 10年, 3个月, 2.1万户. */
	private static boolean isShortValue(String cell) {
		return cell.length() <= MAX_VALUE && Character.isDigit(Chars.fold(cell.charAt(0)));
	}

	private static final int MAX_VALUE = 8;

	private static boolean isPlaceholder(String cell) {
		return cell.equals("…") || cell.equals("…") || cell.equals("—") || cell.equals("-") || cell.equals("--")
				|| cell.equals("——");
	}

	private static String sentence(List<String> cells, int first, List<String> heads, List<String> units,
			String indent) {
		StringBuilder out = new StringBuilder(indent);
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				out.append('，');
			}
			String cell = cells.get(c);
			out.append(cell);
			if (heads != null && c >= first && !units.isEmpty() && isNumber(cell) && !cell.endsWith("%")
					&& !cell.endsWith("％")) {
				int h = c - first + (heads.size() > cells.size() - first ? heads.size() - (cells.size() - first) : 0);
				String head = h >= 0 && h < heads.size() && heads.size() >= cells.size() - first ? heads.get(h) : "";
				String unit = TableUnits.implied(head);
				if (unit == null) {
					unit = TableUnits.forColumn(units, TableUnits.isRateHeader(head));
				}
				if (unit == null && units.size() == 1) {
					unit = units.get(0);
				}
				if (unit != null) {
					out.append(unit);
				}
			}
		}
		return out.append('。').toString();
	}

	private static String indent(String line) {
		int i = 0;
		while (i < line.length() && isSpace(line.charAt(i))) {
			i++;
		}
		return line.substring(0, i);
	}

	private static String fold(String cell) {
		StringBuilder b = new StringBuilder(cell.length());
		for (int i = 0; i < cell.length(); i++) {
			b.append(Chars.fold(cell.charAt(i)));
		}
		return b.toString();
	}

}
