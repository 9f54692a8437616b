package dev.briefing.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.briefing.config.BriefingConfig;
import dev.briefing.job.JobRunner;
import dev.briefing.report.IsoWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reextract", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"After a change to the indicator catalog (job-configs/indicators.yml): extract the stored "
				+ "articles of the chosen weeks again with the current catalog and rewrite those weeks' workbooks.",
		"Runs as the restartable job refreshWeeks; the old figures of an article are replaced, never " + "added to." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:the job failed ('briefing restart' resumes it)", "2:bad usage or config",
				"3:another run holds the lock" })
final class ReextractCommand implements Callable<Integer> {

	@Option(names = "--week", required = true, paramLabel = "YYYY-Www", converter = WeekConverter.class,
			description = "A week to extract again; repeat for several (e.g. --week 2024-W46 --week 2024-W47).")
	List<IsoWeek> weeks;

	@Mixin
	PathOptions paths;

	@Mixin
	PartitionsOption partitions;

	@Override
	public Integer call() {
		BriefingConfig config = partitions.apply(paths.loadForWorkbooks());
		List<IsoWeek> sorted = weeks.stream().distinct().sorted().toList();
		return DatabaseSession.with(config, "reextract " + sorted,
				ctx -> JobResults.report(ctx.getBean(JobRunner.class).refresh(sorted)));
	}

}
