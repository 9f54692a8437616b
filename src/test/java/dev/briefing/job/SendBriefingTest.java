package dev.briefing.job;

import static dev.briefing.job.MailTestSupport.delivery;
import static dev.briefing.job.MailTestSupport.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.cli.Json;
import dev.briefing.job.MailTestSupport.Received;
import tools.jackson.databind.JsonNode;

/**
 * The {@code sendBriefing} step against a real SMTP server (GreenMail) started by the
 * test on a free port: the mail carries the subject, {@code 本周要点} and the workbook; a
 * server that is down fails that step alone and {@code restart} delivers the mail once; a
 * date is mailed once unless {@code --resend} is given.
 */
class SendBriefingTest {

	private static final String SUBJECT = "郑州经开区经济指标周报 2024年第47周";

	private static final String RECIPIENTS = "manager@example.org, deputy@example.org; cc office@example.org";

	@TempDir
	Path dir;

	private final List<GreenMail> servers = new ArrayList<>();

	@AfterEach
	void stopServers() {
		servers.forEach(GreenMail::stop);
	}

	private GreenMail smtp(ServerSetup setup, GreenMailConfiguration configuration) {
		GreenMail server = new GreenMail(setup);
		if (configuration != null) {
			server.withConfiguration(configuration);
		}
		servers.add(server);
		server.start();
		return server;
	}

	private GreenMail smtp() {
		return smtp(ServerSetupTest.SMTP.dynamicPort(), null);
	}

	private JobTestSupport onePage(int port, String... mail) throws IOException {
		JobTestSupport t = JobTestSupport.in(dir).withConfig(delivery(port, mail));
		t.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		return t;
	}

	@Test
	void theDemoNightMailsItsWorkbookWithTheWeeksSentencesOnceUnlessResent() throws Exception {
		GreenMail server = smtp();
		JobTestSupport t = new JobTestSupport(Path.of("samples/inbox").toAbsolutePath(), dir.resolve("OUT"),
				dir.resolve("DB"))
			.withConfig(delivery(server.getSmtp().getPort()));

		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).contains("mail: sent to " + RECIPIENTS);

		// one mail, a copy for each of the three recipients
		assertThat(server.getReceivedMessages()).hasSize(3);
		List<Received> mails = received(server);
		assertThat(mails).hasSize(1);
		Received mail = mails.get(0);
		assertThat(mail.subject()).isEqualTo(SUBJECT);
		assertThat(mail.to()).containsExactly("manager@example.org", "deputy@example.org");
		assertThat(mail.cc()).containsExactly("office@example.org");

		Path workbook = t.workbook("2024-W47");
		List<String> sentences = JobTestSupport.highlights(workbook);
		assertThat(sentences).hasSizeBetween(3, 6);
		assertThat(mail.text()).startsWith("郑州经开区经济指标周报 2024年第47周（11月18日—11月24日）").contains("本周要点");
		for (int i = 0; i < sentences.size(); i++) {
			assertThat(mail.text()).contains((i + 1) + ". " + sentences.get(i) + "\n");
		}
		assertThat(mail.text()).contains("走访小微企业数为33,207家，较上周增加1,393家（+4.4%）");

		assertThat(mail.attachmentName()).isEqualTo("briefing-2024-W47.xlsx");
		assertThat(mail.attachmentType()).startsWith(SendBriefingTasklet.CONTENT_TYPE);
		assertThat(mail.attachment()).isEqualTo(Files.readAllBytes(workbook));
		assertThat(MailTestSupport.sheetNames(mail.attachment())).containsExactly("概览", "指标", "图表", "来源", "数据质量");

		JsonNode first = status(t).get(0);
		assertThat(steps(first)).containsExactly("ingestArticles COMPLETED", "extractIndicators COMPLETED",
				"writeWorkbook COMPLETED", "sendBriefing COMPLETED");
		assertThat(first.get("mail").asString()).isEqualTo("sent to " + RECIPIENTS);
		assertThat(t.cli("status").out()).contains("    mail: sent to " + RECIPIENTS);

		// the same date again: a new pass, which takes in nothing new and mails nothing
		CliRun again = t.cli("run", "--date", "2024-11-22");
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(received(server)).hasSize(1);
		assertThat(status(t).get(0).get("mail").asString()).startsWith(
				"not mailed again: execution " + first.get("execution").asLong() + " mailed it to " + RECIPIENTS);

		CliRun resent = t.cli("run", "--date", "2024-11-22", "--resend");
		assertThat(resent.exitCode()).as(resent.err()).isZero();
		List<Received> after = received(server);
		assertThat(after).hasSize(2);
		assertThat(after.get(1).subject()).isEqualTo(SUBJECT);
		assertThat(status(t).get(0).get("mail").asString()).isEqualTo("sent to " + RECIPIENTS);
	}

	@Test
	void aServerThatIsDownFailsOnlyTheMailStepAndRestartDeliversItOnce() throws Exception {
		int port = MailTestSupport.freePort();
		JobTestSupport t = onePage(port);

		CliRun failed = t.cli("run", "--date", "2024-11-22");
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.err()).contains("FAILED")
			.contains("cannot mail the workbook of 2024-W47 to " + RECIPIENTS + " through 127.0.0.1:" + port
					+ ": Connection refused");
		String failureLine = failed.err()
			.lines()
			.filter(l -> l.startsWith("briefing: execution"))
			.findFirst()
			.orElseThrow();
		assertThat(failureLine).contains("Connection refused").contains("'briefing restart --execution");

		JsonNode night = status(t).get(0);
		assertThat(night.get("status").asString()).isEqualTo("FAILED");
		assertThat(steps(night)).containsExactly("ingestArticles COMPLETED", "extractIndicators COMPLETED",
				"writeWorkbook COMPLETED", "sendBriefing FAILED");
		assertThat(night.get("failure").asString()).contains("Connection refused");
		assertThat(night.get("mail").asString()).startsWith("not sent: cannot mail the workbook of 2024-W47")
			.contains("Connection refused");
		Path workbook = t.workbook("2024-W47");
		assertThat(workbook).isRegularFile();
		FileTime written = Files.getLastModifiedTime(workbook);
		long figures = t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE");

		GreenMail server = smtp(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), null);
		CliRun restarted = t.cli("restart");
		assertThat(restarted.exitCode()).as(restarted.err()).isZero();
		List<Received> mails = received(server);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo(SUBJECT);
		assertThat(mails.get(0).attachment()).isEqualTo(Files.readAllBytes(workbook));

		// only the mail step ran again: the workbook and the figures are as they were
		JsonNode restart = status(t).get(0);
		assertThat(steps(restart)).containsExactly("sendBriefing COMPLETED");
		assertThat(restart.get("mail").asString()).isEqualTo("sent to " + RECIPIENTS);
		assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(written);
		assertThat(t.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(figures);

		assertThat(t.cli("restart").err()).contains("nothing to restart");
		CliRun rerun = t.cli("run", "--date", "2024-11-22");
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(received(server)).hasSize(1);
	}

	@Test
	void restartOfALaterPassMailsAgainOnlyWithResend() throws Exception {
		GreenMail server = smtp();
		JobTestSupport t = onePage(server.getSmtp().getPort());
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		assertThat(received(server)).hasSize(1);

		// a later pass of the date fails before its mail step, and is continued
		blockWorkbookFolder(t);
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isEqualTo(1);
		assertThat(status(t).get(0).get("mail").asString()).isEqualTo("not sent: the run stopped before sendBriefing");
		unblockWorkbookFolder(t);
		CliRun restarted = t.cli("restart");
		assertThat(restarted.exitCode()).as(restarted.err()).isZero();
		assertThat(restarted.err()).contains("mail: not mailed again: execution");
		assertThat(received(server)).hasSize(1);

		blockWorkbookFolder(t);
		assertThat(t.cli("run", "--date", "2024-11-22").exitCode()).isEqualTo(1);
		unblockWorkbookFolder(t);
		CliRun resent = t.cli("restart", "--date", "2024-11-22", "--resend");
		assertThat(resent.exitCode()).as(resent.err()).isZero();
		assertThat(resent.err()).contains("mail: sent to " + RECIPIENTS);
		assertThat(received(server)).hasSize(2);
		assertThat(steps(status(t).get(0))).containsExactly("writeWorkbook COMPLETED", "sendBriefing COMPLETED");
	}

	@Test
	void withTlsTheMailIsNotSentToAServerWithoutStartTls() throws Exception {
		GreenMail server = smtp();
		JobTestSupport t = onePage(server.getSmtp().getPort(), "tls: true");

		CliRun run = t.cli("run", "--date", "2024-11-22");
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("cannot mail the workbook of 2024-W47").contains("STARTTLS");
		assertThat(server.getReceivedMessages()).isEmpty();
		assertThat(steps(status(t).get(0))).endsWith("writeWorkbook COMPLETED", "sendBriefing FAILED");
	}

	@Test
	void thePasswordIsTakenFromTheVariableTheConfigNames() throws Exception {
		GreenMail server = smtp(ServerSetupTest.SMTP.dynamicPort(),
				GreenMailConfiguration.aConfig().withUser("briefing", "s3cret"));
		String variable = "BRIEFING_TEST_SMTP_PASSWORD";
		assertThat(System.getenv(variable)).as("the test sets %s for its child process only", variable).isNull();
		JobTestSupport t = onePage(server.getSmtp().getPort(), "user: briefing", "password-env: " + variable);

		CliRun unset = t.cli("run", "--date", "2024-11-22");
		assertThat(unset.exitCode()).isEqualTo(1);
		assertThat(unset.err()).contains("the SMTP password is not set; set the environment variable " + variable);
		assertThat(server.getReceivedMessages()).isEmpty();

		Child wrong = child(t, variable, "not-the-password", "restart");
		assertThat(wrong.exit()).as(wrong.log()).isEqualTo(1);
		assertThat(wrong.log()).contains("cannot mail the workbook of 2024-W47").contains("535");
		assertThat(server.getReceivedMessages()).isEmpty();

		Child right = child(t, variable, "s3cret", "restart");
		assertThat(right.exit()).as(right.log()).isZero();
		assertThat(received(server)).hasSize(1);
		assertThat(Files.readString(t.config(), StandardCharsets.UTF_8)).doesNotContain("s3cret");
	}

	record Child(int exit, String log) {
	}

	/** Runs {@code briefing} in a JVM of its own with one more environment variable. */
	private static Child child(JobTestSupport t, String variable, String value, String... command) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx512m", "dev.briefing.cli.BriefingMain"));
		cmd.addAll(List.of(t.args(command)));
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
		pb.environment().put(variable, value);
		Process p = pb.start();
		byte[] out = p.getInputStream().readAllBytes();
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8));
	}

	private static void blockWorkbookFolder(JobTestSupport t) throws IOException {
		Path folder = t.workbook("2024-W47").getParent();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		Files.writeString(folder, "a file where the week's folder should be");
	}

	private static void unblockWorkbookFolder(JobTestSupport t) throws IOException {
		Files.delete(t.workbook("2024-W47").getParent());
	}

	private static List<JsonNode> status(JobTestSupport t) {
		CliRun status = CliRun.of(t.args("status", "--json"));
		assertThat(status.exitCode()).as(status.err()).isZero();
		return status.lines().stream().map(Json.MAPPER::readTree).toList();
	}

	/** The job's steps with their statuses; the extract step's partitions left out. */
	private static List<String> steps(JsonNode execution) {
		List<String> out = new ArrayList<>();
		execution.get("steps").forEach(s -> {
			if (!s.get("name").asString().contains(":partition")) {
				out.add(s.get("name").asString() + " " + s.get("status").asString());
			}
		});
		return out;
	}

}
