package dev.briefing.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of one workbook, created once when the workbook is started and looked
 * up by what the cell shows; Excel allows some 64,000 styles per file, so no style is
 * ever made per cell.
 */
final class StyleLibrary {

	/**
	 * Fonts that ship with Office and WPS on Chinese desktops; LibreOffice substitutes a
	 * CJK font.
	 */
	static final String FONT = "Microsoft YaHei";

	/** How a text cell looks. */
	enum Look {

		TITLE, SUBTITLE, SECTION, HEADER, TEXT, WRAP, LINK, NOTE, MUTED, DATE, DATETIME

	}

	/**
	 * How a number is shown; the change format draws the arrow, the colour comes from the
	 * style. The digits of a value, in cells and in sentences alike, come from one
	 * pattern per kind: a cell shows them through its Excel format, a sentence through
	 * {@link #digits(double)}, which applies the same pattern by Excel's rules.
	 */
	enum Num {

		INT("#,##0", "", "", ""), DEC("#,##0.0#", "", "", ""), MONEY("#,##0.00##", "", "", ""),
		PERCENT("0.0#", "", "%", " 个百分点"), RANK("0", "第", "", ""), RATIO("0.0%", "", "", "");

		/** The digits alone: separators, decimals, a percent sign that multiplies. */
		final String pattern;

		/** Words written before and after the digits of a value. */
		final String prefix;

		final String suffix;

		final String format;

		final String change;

		Num(String pattern, String prefix, String suffix, String changeSuffix) {
			this.pattern = pattern;
			this.prefix = prefix;
			this.suffix = suffix;
			this.format = quote(prefix) + pattern + quote(suffix);
			String c = pattern + quote(changeSuffix);
			this.change = "\"↑ \"" + c + ";\"↓ \"" + c + ";\"→ \"" + c;
		}

		/**
		 * The value's digits as a cell of this kind shows them ({@code 33,207},
		 * {@code 88.2}, {@code 4.4%}): Excel's number format applied by POI, never a
		 * rounding of its own.
		 */
		String digits(double value) {
			return new DataFormatter(Locale.ROOT).formatRawCellContents(value, CUSTOM_FORMAT, pattern);
		}

		/**
		 * The value as a cell of this kind shows it, with the words of its format
		 * ({@code 88.2%}, {@code 第5}).
		 */
		String text(double value) {
			return prefix + digits(value) + suffix;
		}

		/** Whether the format writes the unit itself, as {@code %} and {@code 第} do. */
		boolean showsUnit() {
			return !prefix.isEmpty() || !suffix.isEmpty();
		}

		private static String quote(String words) {
			return words.isEmpty() ? "" : "\"" + words + "\"";
		}

	}

	/** The index of a workbook's own number formats; none of Excel's built-in ones. */
	private static final int CUSTOM_FORMAT = 164;

	private final Map<Look, CellStyle> plain = new EnumMap<>(Look.class);

	private final Map<Look, CellStyle> quoted = new EnumMap<>(Look.class);

	private final Map<Num, CellStyle> numbers = new EnumMap<>(Num.class);

	private final Map<Num, CellStyle[]> changes = new EnumMap<>(Num.class);

	StyleLibrary(Workbook wb) {
		Font body = font(wb, 10, false, null);
		Font bold = font(wb, 10, true, null);
		Font link = font(wb, 10, false, rgb(0x0563C1));
		link.setUnderline(Font.U_SINGLE);
		Font grey = font(wb, 9, false, rgb(0x7F7F7F));
		Font[] tones = { font(wb, 10, true, rgb(0x008A3E)), font(wb, 10, false, rgb(0x595959)),
				font(wb, 10, true, rgb(0xC00000)) };

		CellStyle title = style(wb, font(wb, 16, true, rgb(0x1F4E79)));
		define(wb, Look.TITLE, title);
		define(wb, Look.SUBTITLE, style(wb, font(wb, 10, false, rgb(0x595959))));
		CellStyle section = style(wb, font(wb, 12, true, rgb(0x1F4E79)));
		section.setBorderBottom(BorderStyle.MEDIUM);
		section.setBottomBorderColor(IndexedColors.DARK_BLUE.getIndex());
		define(wb, Look.SECTION, section);
		CellStyle header = style(wb, bold);
		((XSSFCellStyle) header).setFillForegroundColor(rgb(0xDDEBF7));
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setWrapText(true);
		define(wb, Look.HEADER, header);
		define(wb, Look.TEXT, style(wb, body));
		CellStyle wrap = style(wb, body);
		wrap.setWrapText(true);
		define(wb, Look.WRAP, wrap);
		define(wb, Look.LINK, style(wb, link));
		define(wb, Look.NOTE, style(wb, grey));
		define(wb, Look.MUTED, style(wb, font(wb, 10, false, rgb(0x808080))));
		CellStyle date = style(wb, body);
		date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
		date.setAlignment(HorizontalAlignment.CENTER);
		define(wb, Look.DATE, date);
		CellStyle dateTime = style(wb, body);
		dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		define(wb, Look.DATETIME, dateTime);

		for (Num num : Num.values()) {
			CellStyle s = style(wb, body);
			s.setDataFormat(wb.createDataFormat().getFormat(num.format));
			numbers.put(num, s);
			CellStyle[] byTone = new CellStyle[3];
			for (int i = 0; i < 3; i++) {
				byTone[i] = style(wb, tones[i]);
				byTone[i].setDataFormat(wb.createDataFormat().getFormat(num.change));
			}
			changes.put(num, byTone);
		}
	}

	private void define(Workbook wb, Look look, CellStyle style) {
		plain.put(look, style);
		CellStyle q = wb.createCellStyle();
		q.cloneStyleFrom(style);
		q.setQuotePrefixed(true);
		quoted.put(look, q);
	}

	CellStyle look(Look look) {
		return plain.get(look);
	}

	/**
	 * The look's style, quote-prefixed where the text would read as a formula once
	 * edited.
	 */
	CellStyle text(Look look, String text) {
		return needsQuote(text) ? quoted.get(look) : plain.get(look);
	}

	CellStyle number(Num num) {
		return numbers.get(num);
	}

	/**
	 * A change: red with ↑ when it rose, green with ↓ when it fell, grey with → when
	 * flat.
	 */
	CellStyle change(Num num, double delta) {
		return changes.get(num)[(int) Math.signum(delta) + 1];
	}

	static boolean needsQuote(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@';
	}

	private static CellStyle style(Workbook wb, Font font) {
		CellStyle s = wb.createCellStyle();
		s.setFont(font);
		s.setVerticalAlignment(VerticalAlignment.CENTER);
		return s;
	}

	private static Font font(Workbook wb, int points, boolean bold, XSSFColor color) {
		XSSFFont f = (XSSFFont) wb.createFont();
		f.setFontName(FONT);
		f.setFontHeightInPoints((short) points);
		f.setBold(bold);
		if (color != null) {
			f.setColor(color);
		}
		return f;
	}

	private static XSSFColor rgb(int rgb) {
		return new XSSFColor(new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb }, null);
	}

}
