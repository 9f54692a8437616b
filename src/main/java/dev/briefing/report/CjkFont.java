package dev.briefing.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The font the charts draw Chinese with, found once at start: the family or font file
 * named by {@code report.font}, else the first installed of Noto Sans CJK SC, Source Han
 * Sans SC, WenQuanYi Zen Hei and WenQuanYi Micro Hei, else any installed family that can
 * draw {@value #SAMPLE}. Without one, {@link #find} throws a {@link CjkFontException}
 * naming the Debian package to install, because JFreeChart would silently draw empty
 * boxes.
 */
public final class CjkFont {

	/** Text every accepted font must be able to draw. */
	public static final String SAMPLE = "经济指标周报";

	static final String PACKAGES = "install the Debian package fonts-noto-cjk (or fonts-wqy-zenhei)";

	private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
			"WenQuanYi Zen Hei", "WenQuanYi Micro Hei");

	/**
	 * Logical fonts draw Chinese only through fallbacks that differ from machine to
	 * machine.
	 */
	private static final List<String> LOGICAL = List.of("dialog", "dialoginput", "serif", "sansserif", "monospaced");

	static final Paint[] PALETTE = { new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235), new Color(0x7F6000),
			new Color(0x2E75B6), new Color(0x7030A0), new Color(0xBF9000), new Color(0x843C0C), new Color(0x375623) };

	private final Font base;

	private final String family;

	private CjkFont(Font found) {
		this.base = found.deriveFont(Font.PLAIN, 12f);
		this.family = found.getFamily(Locale.ROOT);
	}

	/**
	 * Finds the chart font.
	 * @param configured {@code report.font}: a family name, a font file
	 * ({@code .ttf .otf .ttc}), or empty for the first suitable installed font
	 * @throws CjkFontException when no font that can draw Chinese is found
	 */
	public static CjkFont find(String configured) {
		GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
		return find(configured, Arrays.asList(env.getAvailableFontFamilyNames(Locale.ROOT)),
				family -> new Font(family, Font.PLAIN, 12));
	}

	static CjkFont find(String configured, List<String> installed, Function<String, Font> open) {
		if (configured != null && !configured.isBlank()) {
			return configured(configured.trim(), installed, open);
		}
		Optional<Font> found = PREFERRED.stream()
			.filter(name -> containsIgnoreCase(installed, name))
			.map(open)
			.filter(CjkFont::drawsChinese)
			.findFirst();
		if (found.isEmpty()) {
			found = installed.stream()
				.filter(name -> !LOGICAL.contains(name.toLowerCase(Locale.ROOT)))
				.sorted(Comparator.naturalOrder())
				.map(open)
				.filter(CjkFont::drawsChinese)
				.findFirst();
		}
		return new CjkFont(found.orElseThrow(() -> new CjkFontException("No installed font can draw Chinese (" + SAMPLE
				+ "); charts would show empty boxes. " + capitalise(PACKAGES)
				+ ", or name a CJK font family or font file in report.font of the job config")));
	}

	private static CjkFont configured(String name, List<String> installed, Function<String, Font> open) {
		Path file = Path.of(name);
		if (looksLikeFile(name)) {
			if (!Files.isRegularFile(file)) {
				throw new CjkFontException("report.font: font file " + name + " does not exist; " + PACKAGES
						+ ", or name an installed CJK font family");
			}
			return new CjkFont(fromFile(file));
		}
		if (!containsIgnoreCase(installed, name)) {
			throw new CjkFontException("report.font: '" + name + "' is not an installed font family; " + PACKAGES
					+ ", or name an installed CJK family (fc-list :lang=zh family lists them)");
		}
		Font font = open.apply(name);
		if (!drawsChinese(font)) {
			throw new CjkFontException("report.font: '" + name + "' cannot draw Chinese (" + SAMPLE + "); " + PACKAGES
					+ " and name one of its families");
		}
		return new CjkFont(font);
	}

	private static Font fromFile(Path file) {
		try {
			Font[] faces = Font.createFonts(file.toFile());
			Font chosen = Arrays.stream(faces)
				.filter(CjkFont::drawsChinese)
				.min(Comparator.comparing(f -> f.getFamily(Locale.ROOT).endsWith(" SC") ? 0 : 1))
				.orElseThrow(() -> new CjkFontException("report.font: " + file + " cannot draw Chinese (" + SAMPLE
						+ "); " + PACKAGES + " and name one of its files"));
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
			return chosen;
		}
		catch (IOException | FontFormatException e) {
			throw new CjkFontException("report.font: cannot read font file " + file + ": " + e.getMessage(), e);
		}
	}

	private static boolean looksLikeFile(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.contains("/") || name.contains("\\") || lower.endsWith(".ttf") || lower.endsWith(".otf")
				|| lower.endsWith(".ttc");
	}

	private static boolean drawsChinese(Font font) {
		return font != null && font.canDisplayUpTo(SAMPLE) == -1;
	}

	private static boolean containsIgnoreCase(List<String> names, String name) {
		return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
	}

	private static String capitalise(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** The family name, such as {@code Noto Sans CJK SC}. */
	public String family() {
		return family;
	}

	/** The font at a style ({@link Font#BOLD} …) and size in points. */
	public Font font(int style, float size) {
		return base.deriveFont(style, size);
	}

	/**
	 * A chart theme that draws every text of a chart in this font, on white, in the
	 * workbook's colours.
	 */
	public StandardChartTheme chartTheme() {
		StandardChartTheme theme = new StandardChartTheme("briefing", false);
		theme.setExtraLargeFont(font(Font.BOLD, 20f));
		theme.setLargeFont(font(Font.BOLD, 14f));
		theme.setRegularFont(font(Font.PLAIN, 13f));
		theme.setSmallFont(font(Font.PLAIN, 12f));
		theme.setTitlePaint(new Color(0x1F2D3D));
		theme.setSubtitlePaint(new Color(0x595959));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xD9D9D9));
		theme.setRangeGridlinePaint(new Color(0xD9D9D9));
		theme.setAxisLabelPaint(new Color(0x404040));
		theme.setTickLabelPaint(new Color(0x404040));
		theme.setItemLabelPaint(new Color(0x262626));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
				DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
		return theme;
	}

	/**
	 * Makes {@link #chartTheme()} the theme of every chart {@link ChartFactory} creates
	 * from now on.
	 */
	public void install() {
		ChartFactory.setChartTheme(chartTheme());
	}

	@Override
	public String toString() {
		return family();
	}

}
