package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A week of 100,000 mentions is written by a JVM of its own with a 64 MB heap, and read
 * back with POI's streaming reader: every mention has its row, and each article's rows
 * link to it.
 */
class BoundedMemoryTest {

	static final int MENTIONS = 100_000;

	@TempDir
	Path reports;

	@Test
	void writesAHundredThousandMentionsInASmallHeap() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path log = reports.resolve("child.log");
		Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-Djava.awt.headless=true",
				"-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), BigWeekMain.class.getName(),
				reports.toString(), Integer.toString(MENTIONS))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean ended = child.waitFor(10, TimeUnit.MINUTES);
		if (!ended) {
			child.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(ended).as("child JVM ended within 10 minutes:%n%s", output).isTrue();
		assertThat(child.exitValue()).as("child JVM exit code:%n%s", output).isZero();

		Path file = WorkbookWriter.pathOf(reports, SampleWeeks.W47);
		assertThat(output).contains(file.toString());
		IndicatorRows rows = readIndicatorSheet(file.toFile());
		assertThat(rows.rows).isEqualTo(MENTIONS + 1);
		assertThat(rows.links).isEqualTo(MENTIONS / 10);
		// the last mention, a count: value 99,999 in column C of row 100,001
		assertThat(Double.parseDouble(rows.lastValue)).isEqualTo(99_999.0);
	}

	private static IndicatorRows readIndicatorSheet(File file) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			List<String> names = new ArrayList<>();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					names.add(sheets.getSheetName());
					if (sheets.getSheetName().equals("指标")) {
						IndicatorRows handler = new IndicatorRows("C" + (MENTIONS + 1));
						SAXParserFactory factory = SAXParserFactory.newInstance();
						factory.setNamespaceAware(true);
						factory.newSAXParser().parse(in, handler);
						return handler;
					}
				}
			}
			throw new AssertionError("no sheet 指标 among " + names);
		}
	}

	/** Counts rows and hyperlinks of a sheet and keeps the value of one cell. */
	private static final class IndicatorRows extends DefaultHandler {

		private final String cell;

		int rows;

		int links;

		String lastValue;

		private boolean inCell;

		private boolean inValue;

		private final StringBuilder text = new StringBuilder();

		IndicatorRows(String cell) {
			this.cell = cell;
		}

		@Override
		public void startElement(String uri, String local, String qName, Attributes attributes) {
			switch (local) {
				case "row" -> rows++;
				case "hyperlink" -> links++;
				case "c" -> inCell = cell.equals(attributes.getValue("r"));
				case "v" -> {
					inValue = inCell;
					text.setLength(0);
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String local, String qName) {
			if (inValue && local.equals("v")) {
				lastValue = text.toString();
				inValue = false;
			}
		}

	}

}
