package dev.briefing.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.report.StyleLibrary.Look;

/**
 * {@code 图表}: the charts as PNG images at twice their shown size, so they stay sharp when
 * zoomed or printed, each held by a two-cell anchor on a grid of known cell sizes. A
 * chart without data is replaced by a note saying why.
 */
final class ChartSheet {

	/**
	 * Column width in characters and in pixels (Excel: 7 pixels per character of the
	 * default font).
	 */
	static final int COLUMN_CHARS = 10;

	static final int COLUMN_PX = COLUMN_CHARS * 7;

	/** Row height in points and in pixels. */
	static final int ROW_PX = 20;

	static final int WIDE_W = 820;

	static final int WIDE_H = 440;

	static final int SMALL_W = 480;

	static final int SMALL_H = 280;

	private final SheetWriter out;

	private final WeekCharts charts;

	private final TrendChart trend;

	private Drawing<?> drawing;

	private int row;

	ChartSheet(SheetWriter out, WeekCharts charts, TrendChart trend) {
		this.out = out;
		this.charts = charts;
		this.trend = trend;
	}

	/** Writes the charts, or a note for each chart without data. */
	void write(IsoWeek week, List<Indicator> pipeline, List<Indicator> bonds, List<Indicator> headlines,
			IndicatorValues values, Map<Category, Long> counts, int trendWeeks, String title) {
		for (int c = 0; c < 16; c++) {
			out.sheet().setColumnWidth(c, COLUMN_CHARS * 256);
		}
		out.sheet().setDefaultRowHeightInPoints(ROW_PX * 0.75f);
		out.text(out.row(0), 0, "图表 · " + week.chinese(), Look.TITLE);
		out.text(out.row(1), 0, "图中数字取自本周文章；一个指标一周只取一个数值，取法见「概览」表下方说明。", Look.NOTE);
		row = 3;
		// a page break before each chart keeps every chart whole on paper
		wide(() -> charts.pipeline(pipeline, values, week), "未绘制「小微企业融资服务进度」图：本周文章中没有走访、融资意向、申报、授信或贷款企业数。");
		wide(() -> charts.bonds(bonds, values, week), "未绘制「政府债券发行情况」图：本周文章中没有政府债券发行额。");
		wide(() -> charts.categories(counts, week), "未绘制「各类别经济数字个数」图：本周没有找到数字。");
		trends(week, headlines, values, trendWeeks);
		out.printSetup(title, 0);
	}

	private void trends(IsoWeek week, List<Indicator> headlines, IndicatorValues values, int trendWeeks) {
		IsoWeek start = week.plusWeeks(-(trendWeeks - 1));
		IsoWeek first = headlines.stream()
			.map(i -> values.series(i.id()).subMap(start, true, week, true))
			.filter(s -> !s.isEmpty())
			.map(s -> s.firstKey())
			.min(IsoWeek::compareTo)
			.orElse(week);
		breakBefore(row);
		out.text(out.row(row++), 0, "主要指标近" + trendWeeks + "周走势（自" + first.chinese() + "起，有数据的周）", Look.SECTION);
		row++;
		List<String> single = new ArrayList<>();
		int column = 0;
		int drawn = 0;
		for (Indicator indicator : headlines) {
			Optional<Optional<byte[]>> made = out.item("图表", () -> "走势图「" + indicator.label() + "」",
					() -> trend.of(indicator, values.series(indicator.id()), first, week)
						.map(c -> png(c, SMALL_W, SMALL_H)));
			if (made.isEmpty()) {
				continue;
			}
			Optional<byte[]> chart = made.get();
			if (chart.isEmpty()) {
				if (!values.series(indicator.id()).subMap(first, true, week, true).isEmpty()) {
					single.add(indicator.label());
				}
				continue;
			}
			if (column == 0 && drawn % 4 == 0 && drawn > 0) {
				breakBefore(row);
			}
			place(chart.get(), row, column * 7, SMALL_W, SMALL_H);
			drawn++;
			column++;
			if (column == 2) {
				column = 0;
				row += rows(SMALL_H) + 1;
			}
		}
		if (column > 0) {
			row += rows(SMALL_H) + 1;
		}
		if (drawn == 0) {
			out.text(out.row(row), 0, "未绘制走势图：近" + trendWeeks + "周没有哪项重点指标在两周以上有数据。", Look.NOTE);
			row += 2;
		}
		if (!single.isEmpty()) {
			out.text(out.row(row++), 0, "以下指标近" + trendWeeks + "周只有一周有数据，未绘制走势图：" + String.join("、", single) + "。",
					Look.NOTE);
		}
	}

	/**
	 * A wide chart, or the note when it has no data; a chart that cannot be drawn is left
	 * out and named in {@code 数据质量}.
	 */
	private void wide(Supplier<Optional<JFreeChart>> make, String note) {
		String name = note.replaceFirst("^未绘制(「[^」]*」)图.*$", "$1图");
		Optional<Optional<byte[]>> drawn = out.item("图表", () -> name,
				() -> make.get().map(c -> png(c, WIDE_W, WIDE_H)));
		if (drawn.isEmpty()) {
			return;
		}
		if (drawn.get().isEmpty()) {
			out.text(out.row(row), 0, note, Look.NOTE);
			row += 2;
			return;
		}
		breakBefore(row);
		place(drawn.get().get(), row, 0, WIDE_W, WIDE_H);
		row += rows(WIDE_H) + 2;
	}

	private void breakBefore(int at) {
		if (at > 3) {
			out.sheet().setRowBreak(at - 1);
		}
	}

	private void place(byte[] png, int atRow, int atColumn, int width, int height) {
		Workbook wb = out.sheet().getWorkbook();
		int index = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
		if (drawing == null) {
			drawing = out.sheet().createDrawingPatriarch();
		}
		int cols = width / COLUMN_PX;
		int rws = height / ROW_PX;
		XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, (width % COLUMN_PX) * Units.EMU_PER_PIXEL,
				(height % ROW_PX) * Units.EMU_PER_PIXEL, atColumn, atRow, atColumn + cols, atRow + rws);
		anchor.setAnchorType(XSSFClientAnchor.AnchorType.MOVE_AND_RESIZE);
		drawing.createPicture(anchor, index);
	}

	/**
	 * The chart drawn at twice its shown size, as
	 * {@code ChartUtils.writeScaledChartAsPNG} does, on an opaque white image encoded
	 * with light compression: a week's charts are encoded in a fraction of the time the
	 * default maximum compression takes, for slightly larger pictures.
	 */
	static byte[] png(JFreeChart chart, int width, int height) {
		try {
			BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
				g.scale(2, 2);
				chart.draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
			}
			finally {
				g.dispose();
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ChartUtils.writeBufferedImageAsPNG(bytes, image, false, 3);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int rows(int heightPx) {
		return (heightPx + ROW_PX - 1) / ROW_PX;
	}

}
