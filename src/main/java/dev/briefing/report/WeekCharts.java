package dev.briefing.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.Unit;
import dev.briefing.report.WeekData.Mention;

/**
 * The week's bar charts (financing pipeline, bonds by kind, figures per category), each
 * made from the week's figures and drawn in the CJK font's theme. A chart without data is
 * not made: the caller writes a note instead.
 */
final class WeekCharts {

	private final StandardChartTheme theme;

	private final CjkFont font;

	WeekCharts(CjkFont font) {
		this.font = font;
		this.theme = font.chartTheme();
	}

	/**
	 * The financing pipeline: enterprises visited, with intent, applying, granted credit,
	 * granted loans. Tens of thousands visited stand beside a few dozen with loans, so
	 * the bars run on a logarithmic axis (each grid line ten times the one before), where
	 * every stage has a bar of its own; each bar is labelled with its count and the share
	 * of the stage before that reached it.
	 */
	Optional<JFreeChart> pipeline(List<Indicator> stages, IndicatorValues values, IsoWeek week) {
		List<Indicator> shown = new ArrayList<>();
		List<Mention> figures = new ArrayList<>();
		for (Indicator stage : stages) {
			values.in(stage.id(), week).ifPresent(m -> {
				shown.add(stage);
				figures.add(m);
			});
		}
		if (figures.isEmpty()) {
			return Optional.empty();
		}
		Measure measure = Measure.of(Unit.COUNT, figures.get(0).counter(),
				figures.stream().map(Mention::value).toArray(BigDecimal[]::new));
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> labels = new ArrayList<>();
		double largest = 1;
		for (int i = 0; i < figures.size(); i++) {
			double v = measure.shown(figures.get(i).value());
			largest = Math.max(largest, v);
			data.addValue(v, "企业数", shown.get(i).label());
			String label = measure.label(v);
			if (i > 0 && figures.get(i - 1).value().signum() > 0) {
				label += String.format("   上一环节的%.1f%%", 100 * v / measure.shown(figures.get(i - 1).value()));
			}
			labels.add(label);
		}
		JFreeChart chart = ChartFactory.createBarChart("小微企业融资服务进度", null, null, data, PlotOrientation.HORIZONTAL,
				false, false, false);
		LogAxis axis = new LogAxis("企业数（" + measure.unit() + "，对数坐标：每格为前一格的10倍）");
		axis.setBase(10);
		axis.setSmallestValue(1);
		axis.setTickUnit(new NumberTickUnit(1));
		axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
		axis.setMinorTickMarksVisible(false);
		// room right of the longest bar for its label
		axis.setRange(1, Math.pow(10, Math.ceil(Math.log10(largest) + 0.8)));
		chart.getCategoryPlot().setRangeAxis(axis);
		BarRenderer renderer = bars(chart, week.chinese() + " · 自走访到获得贷款各环节企业数", labels::get, false);
		renderer.setBase(1);
		renderer.setItemLabelAnchorOffset(8);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		return Optional.of(chart);
	}

	/** Government bonds issued in the week, by kind, in one money unit. */
	Optional<JFreeChart> bonds(List<Indicator> kinds, IndicatorValues values, IsoWeek week) {
		List<String> names = new ArrayList<>();
		List<Mention> figures = new ArrayList<>();
		for (Indicator kind : kinds) {
			values.in(kind.id(), week).filter(m -> m.unit().isMoney()).ifPresent(m -> {
				names.add(kind.label());
				figures.add(m);
			});
		}
		if (figures.isEmpty()) {
			return Optional.empty();
		}
		Measure measure = Measure.of(figures.get(0).unit(), null,
				figures.stream().map(Mention::value).toArray(BigDecimal[]::new));
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			double v = measure.shown(figures.get(i).value());
			data.addValue(v, "发行额", names.get(i));
			labels.add(measure.label(v));
		}
		JFreeChart chart = ChartFactory.createBarChart("政府债券发行情况", null, "发行额（" + measure.unit() + "）", data,
				PlotOrientation.VERTICAL, false, false, false);
		BarRenderer renderer = bars(chart, week.chinese() + " · 按债券种类", labels::get, true);
		renderer.setMaximumBarWidth(0.18);
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setUpperMargin(0.15);
		return Optional.of(chart);
	}

	/** How many figures the week's articles gave in each category. */
	Optional<JFreeChart> categories(Map<Category, Long> counts, IsoWeek week) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> labels = new ArrayList<>();
		for (Category c : Category.values()) {
			long n = counts.getOrDefault(c, 0L);
			if (n > 0) {
				data.addValue(n, "数字个数", c.chinese());
				labels.add(String.format("%,d个", n));
			}
		}
		if (labels.isEmpty()) {
			return Optional.empty();
		}
		JFreeChart chart = ChartFactory.createBarChart("各类别经济数字个数", null, "数字个数", data, PlotOrientation.HORIZONTAL,
				false, false, false);
		BarRenderer renderer = bars(chart, week.chinese() + " · 本周文章中找到的数字", labels::get, false);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setUpperMargin(0.15);
		return Optional.of(chart);
	}

	/**
	 * Padding, anti-aliasing and a grey subtitle, as every chart of the workbook has
	 * them.
	 */
	static void decorate(JFreeChart chart, CjkFont font, String subtitle) {
		chart.setPadding(new RectangleInsets(8, 8, 8, 16));
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		TextTitle sub = new TextTitle(subtitle, font.font(Font.PLAIN, 12f));
		sub.setPaint(new Color(0x595959));
		chart.addSubtitle(sub);
	}

	private void style(JFreeChart chart, String subtitle) {
		theme.apply(chart);
		decorate(chart, font, subtitle);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setRangeGridlinesVisible(true);
		plot.setOutlineVisible(false);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setCategoryMargin(0.25);
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			domain.setMaximumCategoryLabelWidthRatio(0.4f);
			plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		}
		else {
			domain.setMaximumCategoryLabelLines(2);
		}
	}

	private BarRenderer bars(JFreeChart chart, String subtitle, IntFunction<String> labelOf, boolean colourful) {
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = colourful ? new PaletteBarRenderer() : new BarRenderer();
		plot.setRenderer(renderer);
		style(chart, subtitle);
		renderer.setSeriesPaint(0, CjkFont.PALETTE[0]);
		renderer.setDrawBarOutline(false);
		renderer.setItemMargin(0);
		renderer.setDefaultItemLabelGenerator(new Labels((row, col) -> labelOf.apply(col)));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font.font(Font.BOLD, 13f));
		return renderer;
	}

	/** Bars coloured one by one, for categories that are kinds rather than steps. */
	private static final class PaletteBarRenderer extends BarRenderer {

		private static final long serialVersionUID = 1L;

		@Override
		public Paint getItemPaint(int row, int column) {
			return CjkFont.PALETTE[column % CjkFont.PALETTE.length];
		}

	}

	/** Item labels computed per data item. */
	private static final class Labels extends StandardCategoryItemLabelGenerator {

		private static final long serialVersionUID = 1L;

		private final transient LabelFunction function;

		Labels(LabelFunction function) {
			this.function = function;
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			return dataset.getValue(row, column) != null ? function.label(row, column) : null;
		}

	}

	@FunctionalInterface
	private interface LabelFunction {

		String label(int row, int column);

	}

}
