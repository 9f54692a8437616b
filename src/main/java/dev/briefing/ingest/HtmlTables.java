package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Tables of statistical releases as sentences: each row becomes one paragraph, its cells
 * separated by {@code ，}, and the unit of each number is written after it, so
 * {@code 地区生产总值 | 10234.5 | 5.6} under {@code 亿元} and {@code %} reads
 * {@code 地区生产总值，10234.5亿元，5.6%。} Without this, cells ran together and their numbers
 * merged. A number's unit is the one its column's header names (over several header rows,
 * spans included: {@code 10月 | 绝对量 | 同比增长（%）}), else the one its row's label names
 * ({@code 发电量（亿千瓦时）}), else the one a caption above the table gives ({@code 单位：亿元，%},
 * where the percent goes to the columns of rates and shares).
 */
final class HtmlTables {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?");

	private HtmlTables() {
	}

	/**
	 * Replaces every table under {@code root} (innermost first) by one paragraph per row.
	 */
	static void flatten(Element root) {
		List<Element> tables = new ArrayList<>(root.select("table"));
		for (int i = tables.size() - 1; i >= 0; i--) {
			Element table = tables.get(i);
			List<Element> paragraphs = rows(table);
			for (Element p : paragraphs) {
				table.before(p);
			}
			table.remove();
		}
	}

	private static List<Element> rows(Element table) {
		TableGrid layout = TableGrid.of(table);
		List<List<Element>> grid = layout.rows();
		List<String> caption = TableUnits.caption(table);
		int columns = 0;
		for (List<Element> row : grid) {
			columns = Math.max(columns, row.size());
		}
		String[] headerUnit = new String[columns];
		StringBuilder[] headerText = new StringBuilder[columns];
		for (int c = 0; c < columns; c++) {
			headerText[c] = new StringBuilder();
		}
		List<Element> paragraphs = new ArrayList<>();
		boolean body = false;
		for (int r = 0; r < grid.size(); r++) {
			List<Element> row = grid.get(r);
			boolean[] carried = layout.carried().get(r);
			if (!body && isHeader(row)) {
				if (isCaptionRow(row)) {
					// 单位：亿元，% across the table: the caption's, not a column's
					paragraphs.add(new Element("p").text(sentence(row, carried, null)));
					continue;
				}
				for (int c = 0; c < row.size(); c++) {
					Element cell = row.get(c);
					if (cell != null && !carried[c]) {
						String unit = TableUnits.trailing(cell.text());
						if (unit != null) {
							headerUnit[c] = unit;
						}
						headerText[c].append(cell.text()).append(' ');
					}
				}
				paragraphs.add(new Element("p").text(sentence(row, carried, null)));
				continue;
			}
			body = true;
			String[] units = new String[row.size()];
			String rowUnit = row.isEmpty() || row.get(0) == null ? null : TableUnits.trailing(row.get(0).text());
			int unitColumn = unitColumn(headerText);
			if (unitColumn >= 0 && unitColumn < row.size() && row.get(unitColumn) != null) {
				// a column 计量单位 gives the row's unit
				String u = TableUnits.alone(row.get(unitColumn).text());
				rowUnit = u != null ? u : rowUnit;
			}
			for (int c = 0; c < row.size(); c++) {
				CharSequence header = c < columns ? headerText[c] : "";
				String implied = TableUnits.implied(header);
				units[c] = c < columns && headerUnit[c] != null ? headerUnit[c]
						: implied != null ? implied : rowUnit != null ? rowUnit : captionUnit(caption, header);
			}
			paragraphs.add(new Element("p").text(sentence(row, carried, units)));
		}
		return paragraphs;
	}

	/** The column whose header is 计量单位 or 单位, else -1. */
	private static int unitColumn(StringBuilder[] headerText) {
		for (int c = 0; c < headerText.length; c++) {
			String h = headerText[c].toString().trim();
			if (h.equals("单位") || h.equals("计量单位")) {
				return c;
			}
		}
		return -1;
	}

	/** A first row of one cell across the table, such as 单位：亿元，%. */
	private static boolean isCaptionRow(List<Element> row) {
		Element first = row.isEmpty() ? null : row.get(0);
		for (Element cell : row) {
			if (cell != first) {
				return false;
			}
		}
		return first != null && !TableUnits.named(first.text()).isEmpty();
	}

	/**
	 * A row above the figures: all header cells, or no cell that is a figure (years as
	 * column heads aside).
	 */
	private static boolean isHeader(List<Element> row) {
		boolean allTh = true;
		boolean figure = false;
		for (Element cell : row) {
			if (cell == null) {
				continue;
			}
			allTh &= cell.nameIs("th");
			String t = cell.text().trim();
			figure |= NUMBER.matcher(t).matches() && !(t.length() == 4 && (t.startsWith("19") || t.startsWith("20")));
		}
		return allTh || !figure;
	}

	private static String captionUnit(List<String> caption, CharSequence header) {
		return caption.isEmpty() ? null : TableUnits.forColumn(caption, TableUnits.isRateHeader(header));
	}

	private static String sentence(List<Element> cells, boolean[] carried, String[] units) {
		StringBuilder out = new StringBuilder();
		Element previous = null;
		for (int c = 0; c < cells.size(); c++) {
			Element cell = cells.get(c);
			if (cell == null || cell == previous || carried[c]) {
				// a cell spanning several columns is read once, in the row it starts
				continue;
			}
			previous = cell;
			String text = cell.text().trim();
			if (text.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append('，');
			}
			out.append(text);
			if (units != null && units[c] != null && NUMBER.matcher(text).matches()) {
				out.append(units[c]);
			}
		}
		return out.append('。').toString();
	}

}
