package dev.briefing.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import dev.briefing.config.BriefingConfig;
import dev.briefing.job.Deliveries;
import dev.briefing.job.JobRunner;
import dev.briefing.job.LiveExecutions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Recent runs, newest first: their steps, read/write/skip counts, failures, workbook paths and whether "
				+ "the workbook was mailed (to whom) or why not.",
		"With --json, one line per job execution: {\"execution\",\"status\",\"date\",\"start\",\"end\","
				+ "\"report\",\"steps\":[{\"name\",\"status\",\"read\",\"write\",\"skip\"}],\"job\",\"failure\","
				+ "\"mail\",\"runner\"}; runner names the live process (host, pid, start, command) running an "
				+ "execution on PostgreSQL." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:ok", "2:bad usage or config",
				"3:a run holds the database now (its holder is named; HSQLDB only: on PostgreSQL status answers "
						+ "while a night runs)" })
final class StatusCommand implements Callable<Integer> {

	@Option(names = "--limit", paramLabel = "N", defaultValue = "10",
			description = "How many executions to show (default: ${DEFAULT-VALUE}).")
	int limit;

	@Option(names = "--json", description = "One JSON line per execution instead of a table.")
	boolean json;

	@Mixin
	PathOptions paths;

	record StepLine(String name, String status, long read, long write, long skip) {
	}

	record ExecutionLine(long execution, String status, LocalDate date, OffsetDateTime start, OffsetDateTime end,
			String report, List<StepLine> steps, String job, String failure, String mail, String runner) {
	}

	@Override
	public Integer call() {
		if (limit < 1) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
					"--limit must be 1 or more");
		}
		BriefingConfig config = paths.load();
		return DatabaseSession.reading(config, "status", ctx -> {
			List<ExecutionLine> lines = new ArrayList<>();
			LiveExecutions live = ctx.getBean(LiveExecutions.class);
			for (JobExecution e : ctx.getBean(JobRunner.class).recent(limit)) {
				lines.add(line(e, config.timeZone(), live));
			}
			PrintStream out = Output.stdout();
			if (json) {
				lines.forEach(l -> out.println(Json.line(l)));
			}
			else {
				table(out, lines);
			}
			out.flush();
			return BriefingMain.OK;
		});
	}

	private static OffsetDateTime time(LocalDateTime t, ZoneId zone) {
		return t == null ? null : t.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
	}

	private static ExecutionLine line(JobExecution e, ZoneId zone, LiveExecutions live) {
		List<StepLine> steps = new ArrayList<>();
		String failure = null;
		for (StepExecution s : e.getStepExecutions()) {
			steps.add(new StepLine(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
					s.getSkipCount()));
		}
		if (e.getStatus().isUnsuccessful() || !e.getAllFailureExceptions().isEmpty()) {
			String d = e.getExitStatus().getExitDescription();
			failure = d == null || d.isBlank() ? null : d.lines().findFirst().orElse(null);
		}
		String runner = null;
		if (e.getStatus().isRunning()) {
			// on HSQLDB status holds the run lock, so no live process runs this
			// execution;
			// on PostgreSQL the run lock's holder says whether it runs one
			runner = live.runner(e).orElse(null);
			if (runner == null) {
				failure = "left " + e.getStatus() + " by a process that is gone (killed or crashed); "
						+ "'briefing restart' recovers and continues it";
			}
		}
		String report = e.getExecutionContext().getString("report", null);
		return new ExecutionLine(e.getId(), e.getStatus().name(), e.getJobParameters().getLocalDate("runDate"),
				time(e.getStartTime(), zone), time(e.getEndTime(), zone), report, steps,
				e.getJobInstance().getJobName(), failure, Deliveries.outcome(e), runner);
	}

	private static void table(PrintStream out, List<ExecutionLine> lines) {
		if (lines.isEmpty()) {
			out.println("No runs yet.");
			return;
		}
		for (ExecutionLine l : lines) {
			out.printf("execution %d  %s  %s  %s%n", l.execution(), l.status(),
					l.date() != null ? "run date " + l.date() : l.job(),
					l.start() == null ? "" : "started " + l.start() + (l.end() == null ? "" : ", ended " + l.end()));
			for (StepLine s : l.steps()) {
				out.printf("    %-18s %-10s read %6d  written %6d  skipped %4d%n", s.name(), s.status(), s.read(),
						s.write(), s.skip());
			}
			if (l.runner() != null) {
				out.println("    running in: " + l.runner());
			}
			if (l.failure() != null) {
				out.println("    failure: " + l.failure());
			}
			if (l.report() != null) {
				out.println("    workbook: " + l.report().replace(";", ", "));
			}
			if (l.mail() != null) {
				out.println("    mail: " + l.mail());
			}
		}
	}

}
