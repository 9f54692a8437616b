package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.report.WeekData.Mention;

class WeekChartsTest {

	private static final IndicatorCatalog CATALOG = SampleWeeks.catalog();

	private final CjkFont font = CjkFont.find("");

	private final WeekCharts charts = new WeekCharts(font);

	private final TrendChart trend = new TrendChart(font);

	private final InMemoryWeekData week = SampleWeeks.week47();

	private final IndicatorValues values = new IndicatorValues(
			week.history(CATALOG.indicators().stream().map(Indicator::id).toList(), SampleWeeks.W47.plusWeeks(-10),
					SampleWeeks.W47),
			SampleWeeks.REGION);

	@Test
	void renderedChartDrawsItsChineseTitleAndLabelsWithRealGlyphs() throws IOException {
		JFreeChart chart = charts.pipeline(CATALOG.chart("pipeline"), values, SampleWeeks.W47).orElseThrow();
		assertThat(chart.getTitle().getText()).isEqualTo("小微企业融资服务进度");
		List<Font> fonts = new ArrayList<>();
		fonts.add(chart.getTitle().getFont());
		fonts.add(((TextTitle) chart.getSubtitle(0)).getFont());
		CategoryPlot plot = chart.getCategoryPlot();
		fonts.add(plot.getDomainAxis().getTickLabelFont());
		fonts.add(plot.getRangeAxis().getLabelFont());
		fonts.add(plot.getRenderer().getDefaultItemLabelFont());
		for (Font f : fonts) {
			assertThat(f.getFamily(Locale.ROOT)).isEqualTo(font.family());
			assertThat(f.canDisplayUpTo(chart.getTitle().getText() + "走访小微企业数获得贷款企业数")).isEqualTo(-1);
			GlyphVector glyphs = f.createGlyphVector(new FontRenderContext(null, true, true),
					chart.getTitle().getText());
			for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
				assertThat(glyphs.getGlyphCode(i)).isNotEqualTo(f.getMissingGlyphCode());
			}
		}
		byte[] png = ChartSheet.png(chart, 800, 450);
		assertThat(WorkbookWriterTest.pngSize(png)).containsExactly(1600, 900);
	}

	@Test
	void pipelineShowsTheStagesInCatalogOrderWithTheWeeksValues() {
		CategoryPlot plot = charts.pipeline(CATALOG.chart("pipeline"), values, SampleWeeks.W47)
			.orElseThrow()
			.getCategoryPlot();
		assertThat(plot.getDataset().getColumnKeys()).containsExactly("走访小微企业数", "有融资意向企业数", "申报系统上报企业数", "获得授信企业数",
				"获得贷款企业数");
		assertThat(plot.getDataset().getValue(0, 4)).isEqualTo(18.0);
		assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0))
			.isEqualTo("32,375家");
		assertThat(plot.getRenderer().getItemLabelGenerator(0, 1).generateLabel(plot.getDataset(), 0, 1))
			.isEqualTo("547家   上一环节的1.7%");
	}

	/**
	 * 32,375 visited beside 18 with loans: on a linear axis the late stages are slivers
	 * of a pixel; on the chart's logarithmic axis the shortest bar is still a good part
	 * of the longest.
	 */
	@Test
	void pipelineGivesEveryStageABarThatCanBeSeen() {
		CategoryPlot plot = charts.pipeline(CATALOG.chart("pipeline"), values, SampleWeeks.W47)
			.orElseThrow()
			.getCategoryPlot();
		assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
		assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(1.0);
		Rectangle2D area = new Rectangle2D.Double(0, 0, ChartSheet.WIDE_W * 0.75, 300);
		double start = plot.getRangeAxis().valueToJava2D(1, area, RectangleEdge.BOTTOM);
		double longest = plot.getRangeAxis().valueToJava2D(32375, area, RectangleEdge.BOTTOM) - start;
		for (int stage = 0; stage < 5; stage++) {
			double value = plot.getDataset().getValue(0, stage).doubleValue();
			double bar = plot.getRangeAxis().valueToJava2D(value, area, RectangleEdge.BOTTOM) - start;
			assertThat(bar / longest).as("bar of %s", plot.getDataset().getColumnKey(stage)).isGreaterThan(0.25);
		}
	}

	@Test
	void bondsAreShownByKindInOneMoneyUnit() {
		JFreeChart chart = charts.bonds(CATALOG.chart("bonds"), values, SampleWeeks.W47).orElseThrow();
		CategoryPlot plot = chart.getCategoryPlot();
		assertThat(plot.getDataset().getColumnKeys()).containsExactly("政府债券发行额", "新增一般债券", "新增专项债券");
		// the total of special bonds is written before its parts by purpose, and the
		// first one counts
		assertThat(plot.getDataset().getValue(0, 2).doubleValue()).isEqualTo(139.3211);
		assertThat(plot.getRangeAxis().getLabel()).isEqualTo("发行额（亿元）");
		assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0))
			.isEqualTo("165.88亿元");
	}

	@Test
	void categoriesLeaveOutEmptyOnes() {
		JFreeChart chart = charts.categories(week.countsByCategory(), SampleWeeks.W47).orElseThrow();
		assertThat(chart.getCategoryPlot().getDataset().getColumnKeys()).containsExactly("融资信贷", "中小企业指数", "政府债务",
				"财税减负", "就业收入", "经营主体", "宏观经济", "其他");
	}

	@Test
	void trendRunsFromTheFirstWeekWithDataAndPutsTheFirstRankOnTop() {
		Indicator rank = CATALOG.find("financing.city_rank").orElseThrow();
		JFreeChart chart = trend.of(rank, values.series(rank.id()), IsoWeek.parse("2024-W42"), SampleWeeks.W47)
			.orElseThrow();
		assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(3);
		assertThat(chart.getXYPlot().getDataset().getXValue(0, 0)).isEqualTo(2.0);
		assertThat(((NumberAxis) chart.getXYPlot().getRangeAxis()).isInverted()).isTrue();
		assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("第42周至第47周 · 单位：名");
	}

	@Test
	void noChartWithoutData() {
		IsoWeek empty = IsoWeek.parse("2024-W30");
		assertThat(charts.pipeline(CATALOG.chart("pipeline"), values, empty)).isEmpty();
		assertThat(charts.bonds(CATALOG.chart("bonds"), values, empty)).isEmpty();
		assertThat(charts.categories(Map.of(Category.OTHER, 0L), empty)).isEmpty();
		Indicator relief = CATALOG.find("fiscal_tax.tax_fee_relief").orElseThrow();
		Optional<JFreeChart> onePoint = trend.of(relief, values.series(relief.id()), IsoWeek.parse("2024-W40"),
				SampleWeeks.W47);
		assertThat(values.series(relief.id())).hasSize(1);
		assertThat(onePoint).isEmpty();
	}

	@Test
	void bondsChartTakesOnlyMoney() {
		Mention rate = new Mention(1, SampleWeeks.W47, 1, "t", "f", null, Category.DEBT, "debt.bonds_issued", "l",
				new BigDecimal("1.76"), null, Unit.PERCENT, null, Qualifier.EXACT, null, null, "1.76%", "1.76%");
		IndicatorValues onlyRate = new IndicatorValues(List.of(rate), SampleWeeks.REGION);
		assertThat(charts.bonds(CATALOG.chart("bonds"), onlyRate, SampleWeeks.W47)).isEmpty();
	}

}
