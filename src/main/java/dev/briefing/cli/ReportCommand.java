package dev.briefing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.IsoWeek;
import dev.briefing.report.WorkbookWriter;
import dev.briefing.store.StoredWeekData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Rewrite one week's workbook from the stored indicators, without reading the inbox.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written", "1:the workbook could not be written",
				"2:bad usage or config", "3:another run holds the lock" })
final class ReportCommand implements Callable<Integer> {

	@Option(names = "--week", required = true, paramLabel = "YYYY-Www", converter = WeekConverter.class,
			description = "ISO week, e.g. 2024-W47.")
	IsoWeek week;

	@Mixin
	PathOptions paths;

	@Override
	public Integer call() {
		BriefingConfig config = paths.loadForWorkbooks();
		return DatabaseSession.reading(config, "report --week " + week, ctx -> {
			Path path = ctx.getBean(WorkbookWriter.class)
				.write(new StoredWeekData(week, ctx.getBean(DataSource.class)), config.reports());
			System.err.println("briefing: wrote " + path);
			return BriefingMain.OK;
		});
	}

}
