package dev.briefing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.IndicatorCatalog;

/**
 * Writes the week's workbook {@code <reports>/<YYYY-Www>/briefing-<YYYY-Www>.xlsx} with
 * the sheets {@code 概览 指标 图表 来源 数据质量}: to a temporary file in the same folder first, then
 * moved into place, so a reader never sees half a workbook. Rows are streamed (SXSSF), so
 * a week of any size is written with bounded memory; the charts are PNG pictures on the
 * streamed chart sheet. Not thread-safe: one workbook at a time per instance.
 */
public final class WorkbookWriter {

	/**
	 * Weeks looked back for a headline indicator's previous value when the trend window
	 * is shorter.
	 */
	static final int LOOKBACK_WEEKS = 26;

	/** Rows of a streamed sheet kept in memory. */
	private static final int ROW_WINDOW = 200;

	private final IndicatorCatalog catalog;

	private final ReportSettings settings;

	private final Clock clock;

	private final WeekCharts charts;

	private final TrendChart trend;

	public WorkbookWriter(IndicatorCatalog catalog, ReportSettings settings, Clock clock) {
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
		this.charts = new WeekCharts(settings.font());
		this.trend = new TrendChart(settings.font());
	}

	public static Path pathOf(Path reports, IsoWeek week) {
		return reports.resolve(week.toString()).resolve("briefing-" + week + ".xlsx");
	}

	/** {@code 郑州经开区经济指标周报 2024年第47周（11月18日—11月24日）}. */
	public static String title(String zone, IsoWeek week) {
		LocalDate monday = week.monday();
		LocalDate sunday = week.sunday();
		boolean years = monday.getYear() != sunday.getYear();
		return name(zone, week) + "（" + day(monday, years) + "—" + day(sunday, years) + "）";
	}

	/**
	 * {@code 郑州经开区经济指标周报 2024年第47周}: the briefing's name, as a mail's subject gives it.
	 */
	public static String name(String zone, IsoWeek week) {
		return zone + "经济指标周报 " + week.chinese();
	}

	/**
	 * A workbook written.
	 *
	 * @param path where it is
	 * @param highlights the sentences of {@code 本周要点}, as the overview holds them
	 */
	public record Written(Path path, List<String> highlights) {
	}

	private static String day(LocalDate date, boolean withYear) {
		return (withYear ? date.getYear() + "年" : "") + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * Writes the workbook of {@code data.week()} and returns its path.
	 * @throws IOException when the week's folder cannot be made or the file cannot be
	 * written; the workbook written before, if any, is then left as it was
	 */
	public Path write(WeekData data, Path reports) throws IOException {
		return writeWeek(data, reports).path();
	}

	/**
	 * Writes the workbook of {@code data.week()} as {@link #write} does and returns its
	 * path with the sentences of {@code 本周要点}.
	 * @throws IOException as {@link #write} does
	 */
	public Written writeWeek(WeekData data, Path reports) throws IOException {
		IsoWeek week = data.week();
		Path target = pathOf(reports, week);
		Files.createDirectories(target.getParent());
		// a name of our own rather than createTempFile, whose owner-only permissions
		// would hide the file
		Path tmp = target.resolveSibling(".briefing-" + week + "-" + UUID.randomUUID() + ".xlsx.tmp");
		try (BriefingWorkbook wb = new BriefingWorkbook(ROW_WINDOW)) {
			List<String> highlights = fill(wb, data, week);
			try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				wb.write(out);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Written(target, highlights);
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	private List<String> fill(BriefingWorkbook wb, WeekData data, IsoWeek week) {
		String zone = settings.region().zone();
		String title = title(zone, week);
		StyleLibrary styles = new StyleLibrary(wb);
		SheetWriter overview = new SheetWriter(wb.createSheet("概览"), styles);
		SheetWriter indicators = new SheetWriter(wb.createSheet("指标"), styles);
		SheetWriter chartSheet = new SheetWriter(wb.createSheet("图表"), styles);
		SheetWriter sources = new SheetWriter(wb.createSheet(SourceSheet.NAME), styles);
		SheetWriter quality = new SheetWriter(wb.createSheet("数据质量"), styles);

		ArticleRows articles = ArticleRows.of(data);
		new SourceSheet(sources, wb.links((SXSSFSheet) sources.sheet(), SourceSheet.NAME, SourceSheet.TITLE))
			.write(data, articles, title);
		IndicatorSheet.Counts counts = new IndicatorSheet(indicators,
				wb.links((SXSSFSheet) indicators.sheet(), SourceSheet.NAME, SourceSheet.TITLE), articles)
			.write(data, title);
		new QualitySheet(quality).write(data, articles, counts, title);

		List<Indicator> headlines = catalog.headlines();
		List<Indicator> pipeline = catalog.chart("pipeline");
		List<Indicator> bonds = catalog.chart("bonds");
		Set<String> ids = new LinkedHashSet<>();
		headlines.forEach(i -> ids.add(i.id()));
		pipeline.forEach(i -> ids.add(i.id()));
		bonds.forEach(i -> ids.add(i.id()));
		IndicatorValues values = new IndicatorValues(settings.region());
		data.forEachInHistory(ids, week.plusWeeks(-(Math.max(settings.trendWeeks(), LOOKBACK_WEEKS) - 1)), week,
				values::add);
		Map<Category, Long> byCategory = data.countsByCategory();

		LocalDateTime generated = LocalDateTime.ofInstant(clock.instant(), settings.timeZone());
		List<String> highlights = new OverviewSheet(overview, articles, settings.region()).write(title, generated,
				settings.timeZone().getId(), headlines, values, week, byCategory, zone);
		new ChartSheet(chartSheet, charts, trend).write(week, pipeline, bonds, headlines, values, byCategory,
				settings.trendWeeks(), title);

		wb.setActiveSheet(0);
		POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(title);
		core.setSubjectProperty(zone + "经济指标周报：重点指标、全部指标及依据、图表、来源与数据质量（" + week + "）");
		core.setCreator("Briefing");
		core.setKeywords("经济指标, 周报, " + week);
		core.setCreated(Optional.of(Date.from(clock.instant())));
		wb.getXSSFWorkbook()
			.getProperties()
			.getExtendedProperties()
			.getUnderlyingProperties()
			.setApplication("Briefing");
		return highlights;
	}

}
