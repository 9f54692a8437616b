package dev.briefing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.util.CellReference;

/**
 * The links of one streamed sheet to title cells of {@code 来源}, kept as four numbers each
 * and written into the sheet's XML as the workbook is saved. POI keeps every hyperlink as
 * an XML object of a few kilobytes; a week of tens of thousands of articles would then
 * need a heap that grows with the week.
 */
final class StreamedLinks {

	private final String targetSheet;

	private final int targetColumn;

	/** firstRow, lastRow, column, targetRow (all 0-based) per link. */
	private int[] links = new int[256];

	private int size;

	StreamedLinks(String targetSheet, int targetColumn) {
		this.targetSheet = targetSheet;
		this.targetColumn = targetColumn;
	}

	/**
	 * Links the cells of {@code column} in rows {@code firstRow..lastRow} to the target
	 * row.
	 */
	void add(int firstRow, int lastRow, int column, int targetRow) {
		if (size + 4 > links.length) {
			links = Arrays.copyOf(links, links.length * 2);
		}
		links[size++] = firstRow;
		links[size++] = lastRow;
		links[size++] = column;
		links[size++] = targetRow;
	}

	boolean isEmpty() {
		return size == 0;
	}

	int count() {
		return size / 4;
	}

	/**
	 * Where the link in the target sheet points, as Excel writes a location:
	 * {@code '来源'!F5}.
	 */
	String location(int targetRow) {
		return "'" + targetSheet + "'!" + CellReference.convertNumToColString(targetColumn) + (targetRow + 1);
	}

	/** Writes every link as a {@code <hyperlink>} element of SpreadsheetML. */
	void writeXml(OutputStream out) throws IOException {
		StringBuilder b = new StringBuilder(128);
		for (int i = 0; i < size; i += 4) {
			String column = CellReference.convertNumToColString(links[i + 2]);
			b.setLength(0);
			b.append("<hyperlink ref=\"").append(column).append(links[i] + 1);
			if (links[i + 1] != links[i]) {
				b.append(':').append(column).append(links[i + 1] + 1);
			}
			b.append("\" location=\"").append(escape(location(links[i + 3]))).append("\"/>");
			out.write(b.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

}
