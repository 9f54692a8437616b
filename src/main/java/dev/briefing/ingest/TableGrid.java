package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The cells of a table by row and column, spans laid out: a cell spanning two columns
 * stands in both, a cell spanning two rows stands in the row below too, marked as carried
 * there. Rows of nested tables are not the table's.
 */
record TableGrid(List<List<Element>> rows, List<boolean[]> carried) {

	/**
	 * Spans beyond this are markup errors; the bound keeps a broken table from growing
	 * without end.
	 */
	private static final int MAX_SPAN = 50;

	static TableGrid of(Element table) {
		List<List<Element>> rows = new ArrayList<>();
		List<boolean[]> carried = new ArrayList<>();
		List<Element> pending = new ArrayList<>();
		List<Integer> pendingRows = new ArrayList<>();
		for (Element tr : table.select("tr")) {
			if (tr.closest("table") != table) {
				continue;
			}
			List<Element> cells = tr.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
			if (cells.isEmpty()) {
				continue;
			}
			List<Element> row = new ArrayList<>();
			List<Boolean> fromAbove = new ArrayList<>();
			int col = 0;
			for (Element cell : cells) {
				col = fillCarried(row, fromAbove, pending, pendingRows, col);
				int colspan = span(cell, "colspan");
				int rowspan = span(cell, "rowspan");
				for (int k = 0; k < colspan; k++) {
					set(row, fromAbove, col, cell, false);
					set(pending, null, col, rowspan > 1 ? cell : null, false);
					setCount(pendingRows, col, rowspan - 1);
					col++;
				}
			}
			fillCarried(row, fromAbove, pending, pendingRows, col);
			boolean[] flags = new boolean[row.size()];
			for (int c = 0; c < flags.length; c++) {
				flags[c] = fromAbove.get(c);
			}
			rows.add(row);
			carried.add(flags);
		}
		return new TableGrid(rows, carried);
	}

	/**
	 * Places the cells carried down from rows above at and after {@code col}; returns the
	 * first free column.
	 */
	private static int fillCarried(List<Element> row, List<Boolean> fromAbove, List<Element> pending,
			List<Integer> pendingRows, int col) {
		int c = col;
		while (c < pending.size() && pending.get(c) != null && pendingRows.get(c) > 0
				&& (c >= row.size() || row.get(c) == null)) {
			set(row, fromAbove, c, pending.get(c), true);
			pendingRows.set(c, pendingRows.get(c) - 1);
			if (pendingRows.get(c) == 0) {
				pending.set(c, null);
			}
			c++;
		}
		return c;
	}

	private static int span(Element cell, String attr) {
		try {
			int n = Integer.parseInt(cell.attr(attr).trim());
			return Math.max(1, Math.min(n, MAX_SPAN));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private static void set(List<Element> list, List<Boolean> flags, int at, Element cell, boolean flag) {
		while (list.size() <= at) {
			list.add(null);
			if (flags != null) {
				flags.add(false);
			}
		}
		list.set(at, cell);
		if (flags != null) {
			flags.set(at, flag);
		}
	}

	private static void setCount(List<Integer> list, int at, int value) {
		while (list.size() <= at) {
			list.add(0);
		}
		list.set(at, value);
	}
}
