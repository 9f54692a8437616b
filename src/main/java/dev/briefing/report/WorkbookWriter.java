package dev.briefing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.briefing.extract.IndicatorCatalog;

/**
 * Writes the week's workbook {@code <reports>/<YYYY-Www>/briefing-<YYYY-Www>.xlsx}: to a temporary file
 * first, then moved into place. Placeholder: the five sheets with the indicator rows.
 */
public final class WorkbookWriter {

	private final IndicatorCatalog catalog;

	private final String zone;

	private final Clock clock;

	public WorkbookWriter(IndicatorCatalog catalog, String zone, Clock clock) {
		this.catalog = catalog;
		this.zone = zone;
		this.clock = clock;
	}

	public static Path pathOf(Path reports, IsoWeek week) {
		return reports.resolve(week.toString()).resolve("briefing-" + week + ".xlsx");
	}

	public Path write(WeekData data, Path reports) throws IOException {
		Path target = pathOf(reports, data.week());
		Files.createDirectories(target.getParent());
		Path tmp = Files.createTempFile(target.getParent(), ".briefing-", ".xlsx.tmp");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			Sheet overview = wb.createSheet("概览");
			overview.createRow(0).createCell(0).setCellValue(zone + "经济指标周报 " + data.week().chinese());
			overview.createRow(1).createCell(0).setCellValue("生成时间 " + LocalDateTime.now(clock));
			Sheet rows = wb.createSheet("指标");
			Row header = rows.createRow(0);
			String[] heads = { "类别", "指标", "数值", "单位", "原文", "文章" };
			for (int i = 0; i < heads.length; i++) {
				header.createCell(i).setCellValue(heads[i]);
			}
			int[] n = { 1 };
			data.forEachMention(m -> {
				Row r = rows.createRow(n[0]++);
				r.createCell(0).setCellValue(m.category().chinese());
				r.createCell(1).setCellValue(m.label() == null ? "" : m.label());
				r.createCell(2).setCellValue(m.value().doubleValue());
				r.createCell(3).setCellValue(m.unit().name());
				r.createCell(4).setCellValue(m.text());
				r.createCell(5).setCellValue(m.articleTitle() == null ? "" : m.articleTitle());
			});
			wb.createSheet("图表");
			wb.createSheet("来源");
			wb.createSheet("数据质量");
			try (OutputStream out = Files.newOutputStream(tmp)) {
				wb.write(out);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}
}
