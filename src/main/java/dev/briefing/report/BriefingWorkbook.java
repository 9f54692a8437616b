package dev.briefing.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook whose sheets may hold {@link StreamedLinks}. On saving, each such
 * sheet gets one placeholder hyperlink, so that POI writes the {@code <hyperlinks>}
 * element where SpreadsheetML wants it; the placeholder is then replaced, as the bytes go
 * into the file, by the sheet's links.
 */
final class BriefingWorkbook extends SXSSFWorkbook {

	private static final String PLACEHOLDER = "briefing-streamed-links";

	private static final byte[] PLACEHOLDER_BYTES = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);

	/**
	 * Links by the zip entry of their sheet, such as {@code xl/worksheets/sheet2.xml}.
	 */
	private final Map<String, StreamedLinks> links = new LinkedHashMap<>();

	private final Map<XSSFSheet, StreamedLinks> bySheet = new LinkedHashMap<>();

	BriefingWorkbook(int rowWindow) {
		super(null, rowWindow, true, false);
	}

	/** The links of a sheet of this workbook, created on first use. */
	StreamedLinks links(SXSSFSheet sheet, String targetSheet, int targetColumn) {
		XSSFSheet xssf = getXSSFWorkbook().getSheet(sheet.getSheetName());
		return bySheet.computeIfAbsent(xssf, s -> {
			StreamedLinks l = new StreamedLinks(targetSheet, targetColumn);
			links.put(s.getPackagePart().getPartName().getName().substring(1), l);
			return l;
		});
	}

	@Override
	public void write(OutputStream stream) throws IOException {
		Map<XSSFSheet, XSSFHyperlink> placeholders = new LinkedHashMap<>();
		for (Map.Entry<XSSFSheet, StreamedLinks> e : bySheet.entrySet()) {
			if (!e.getValue().isEmpty()) {
				XSSFHyperlink placeholder = (XSSFHyperlink) getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				placeholder.setAddress(PLACEHOLDER);
				e.getKey().addHyperlink(placeholder);
				placeholders.put(e.getKey(), placeholder);
			}
		}
		try {
			super.write(stream);
		}
		finally {
			placeholders.forEach(XSSFSheet::removeHyperlink);
		}
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		return new LinkInjectingZip(super.createArchiveOutputStream(out), links);
	}

	/**
	 * Passes every entry through, but swaps each placeholder tag for the links of its
	 * sheet.
	 */
	private static final class LinkInjectingZip extends ZipArchiveOutputStream {

		private final ZipArchiveOutputStream zip;

		private final Map<String, StreamedLinks> links;

		private final ByteArrayOutputStream tag = new ByteArrayOutputStream(256);

		private StreamedLinks current;

		private boolean inTag;

		LinkInjectingZip(ZipArchiveOutputStream zip, Map<String, StreamedLinks> links) {
			super(OutputStream.nullOutputStream());
			this.zip = zip;
			this.links = links;
		}

		@Override
		public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
			zip.putArchiveEntry(entry);
			current = links.get(entry.getName());
			inTag = false;
			tag.reset();
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (current == null) {
				zip.write(b, off, len);
				return;
			}
			int from = off;
			for (int i = off; i < off + len; i++) {
				if (!inTag && b[i] == '<') {
					zip.write(b, from, i - from);
					inTag = true;
					tag.reset();
				}
				if (inTag) {
					tag.write(b[i]);
					if (b[i] == '>' || tag.size() > 4096) {
						endTag();
					}
					from = i + 1;
				}
			}
			if (!inTag && from < off + len) {
				zip.write(b, from, off + len - from);
			}
		}

		private void endTag() throws IOException {
			inTag = false;
			byte[] bytes = tag.toByteArray();
			if (contains(bytes, PLACEHOLDER_BYTES)) {
				current.writeXml(zip);
			}
			else {
				zip.write(bytes);
			}
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b) throws IOException {
			write(b, 0, b.length);
		}

		@Override
		public void closeArchiveEntry() throws IOException {
			if (inTag) {
				zip.write(tag.toByteArray());
				inTag = false;
			}
			zip.closeArchiveEntry();
			current = null;
		}

		@Override
		public void setLevel(int level) {
			zip.setLevel(level);
		}

		@Override
		public void finish() throws IOException {
			zip.finish();
		}

		@Override
		public void flush() throws IOException {
			zip.flush();
		}

		@Override
		public void close() throws IOException {
			zip.close();
		}

		private static boolean contains(byte[] haystack, byte[] needle) {
			outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (haystack[i + j] != needle[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}

	}

}
