package dev.briefing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dev.briefing.extract.Indicator;
import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.Mention;

/** A headline indicator's value week by week, as a line in the CJK font's theme. */
final class TrendChart {

	private final StandardChartTheme theme;

	private final CjkFont font;

	TrendChart(CjkFont font) {
		this.font = font;
		this.theme = font.chartTheme();
	}

	/**
	 * One headline indicator's weekly values from {@code first} to {@code last}; weeks
	 * without a value leave a gap. Empty when fewer than two weeks have a value: one
	 * point is no trend.
	 */
	Optional<JFreeChart> of(Indicator indicator, NavigableMap<IsoWeek, Mention> series, IsoWeek first, IsoWeek last) {
		NavigableMap<IsoWeek, Mention> window = series.subMap(first, true, last, true);
		if (window.size() < 2) {
			return Optional.empty();
		}
		Mention any = window.firstEntry().getValue();
		Measure measure = Measure.of(any.unit(), any.counter(),
				window.values().stream().map(Mention::value).toArray(BigDecimal[]::new));
		// numbered weeks on an XY plot, so the line runs on across weeks without a report
		XYSeries line = new XYSeries(indicator.label());
		List<String> weeks = new ArrayList<>();
		int x = 0;
		for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plusWeeks(1), x++) {
			weeks.add(w.year() == last.year() ? "第" + w.week() + "周" : w.chinese());
			Mention m = window.get(w);
			if (m != null) {
				line.add(x, measure.shown(m.value()));
			}
		}
		JFreeChart chart = ChartFactory.createXYLineChart(indicator.label(), null, null, new XYSeriesCollection(line),
				PlotOrientation.VERTICAL, false, false, false);
		theme.apply(chart);
		WeekCharts.decorate(chart, font,
				weeks.get(0) + "至" + weeks.get(weeks.size() - 1) + " · 单位：" + measure.axisLabel());
		chart.getTitle().setFont(font.font(Font.BOLD, 16f));
		XYPlot plot = chart.getXYPlot();
		plot.setOutlineVisible(false);
		plot.setDomainGridlinesVisible(false);
		SymbolAxis domain = new SymbolAxis(null, weeks.toArray(String[]::new));
		domain.setGridBandsVisible(false);
		domain.setTickLabelFont(font.font(Font.PLAIN, 11f));
		domain.setTickLabelPaint(new Color(0x404040));
		domain.setLowerMargin(0.06);
		domain.setUpperMargin(0.06);
		domain.setRange(-0.5, weeks.size() - 0.5);
		plot.setDomainAxis(domain);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		renderer.setSeriesPaint(0, CjkFont.PALETTE[0]);
		renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
		renderer.setDefaultItemLabelGenerator((data, row, item) -> measure.label(data.getYValue(row, item)));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font.font(Font.PLAIN, 12f));
		renderer.setDefaultItemLabelPaint(new Color(0x262626));
		plot.setRenderer(renderer);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setAutoRangeIncludesZero(false);
		axis.setUpperMargin(0.2);
		axis.setLowerMargin(0.15);
		if (measure.num() == Num.INT || measure.num() == Num.RANK) {
			axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		// first place at the top: a rank that rises on the chart got better
		axis.setInverted(any.unit() == Unit.RANK);
		return Optional.of(chart);
	}

}
