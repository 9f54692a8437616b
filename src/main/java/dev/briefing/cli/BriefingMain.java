package dev.briefing.cli;

import dev.briefing.config.ConfigException;
import dev.briefing.ops.Fault;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code ./briefing <command>}. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = BriefingMain.Version.class,
		description = { "Briefing reads the Chinese news pages dropped into an inbox, extracts the economic "
				+ "indicators in them, keeps them in a database and writes a weekly Excel briefing with charts." },
		subcommands = { RunCommand.class, RestartCommand.class, StatusCommand.class, ReportCommand.class,
				ReextractCommand.class, ScheduleCommand.class, ExtractCommand.class, ArticlesCommand.class,
				BenchCommand.class, MigrateCommand.class, WorkerCommand.class, BackupCommand.class,
				RestoreCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:ok", "1:the job failed", "2:bad usage or config",
				"3:another run holds the lock on the database" },
		footerHeading = "%n", footer = "Run './briefing <command> --help' for a command's options.")
public final class BriefingMain implements java.util.concurrent.Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return USAGE;
	}

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final int LOCKED = 3;

	public static void main(String[] args) {
		System.exit(run(args));
	}

	public static int run(String... args) {
		CommandLine cli = new CommandLine(new BriefingMain());
		cli.setExitCodeExceptionMapper(e -> e instanceof Fault.Found f ? f.fault().exitCode()
				: e instanceof ConfigException || e instanceof dev.briefing.report.CjkFontException
						|| e instanceof CommandLine.ParameterException ? USAGE : FAILED);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof Fault.Found f) {
				commandLine.getErr().println(f.fault().line());
				return f.fault().exitCode();
			}
			if (e instanceof ConfigException || e instanceof dev.briefing.report.CjkFontException) {
				commandLine.getErr().println("briefing: " + e.getMessage());
				return USAGE;
			}
			throw e;
		});
		return cli.execute(args);
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String v = BriefingMain.class.getPackage().getImplementationVersion();
			return new String[] { "briefing " + (v == null ? "(development)" : v) };
		}

	}

}
