package dev.briefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.IsoWeek;

/**
 * Mails the night's workbook to the recipients of {@code delivery.mail}, with
 * {@code 本周要点} as the body. Does nothing, and says so, without a {@code delivery.mail}
 * section, and when a mail of the same run date already went out (unless asked to send it
 * again). What happened is kept in the step's execution context: {@value #OUTCOME_KEY}
 * for {@code status}, and {@value #SENT_KEY} (whom it went to) once the server took the
 * mail. A server that is down or refuses the mail fails this step alone; {@code restart}
 * then sends it without running the steps before again.
 */
class SendBriefingTasklet implements Tasklet {

	static final String OUTCOME_KEY = "mail";

	static final String SENT_KEY = "mail.sent";

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Logger log = LoggerFactory.getLogger(SendBriefingTasklet.class);

	private final JavaMailSender sender;

	private final BriefingConfig config;

	private final Deliveries deliveries;

	private final LocalDate runDate;

	private final boolean resend;

	/**
	 * @param sender the configured sender, null when there is no {@code delivery.mail}
	 * @param resend whether to send even when a mail of the run date went out before
	 */
	SendBriefingTasklet(JavaMailSender sender, BriefingConfig config, Deliveries deliveries, LocalDate runDate,
			boolean resend) {
		this.sender = sender;
		this.config = config;
		this.deliveries = deliveries;
		this.runDate = runDate;
		this.resend = resend;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		JobExecution job = step.getJobExecution();
		BriefingConfig.Mail mail = config.delivery() == null ? null : config.delivery().mail();
		if (mail == null || sender == null) {
			log.info("The job config has no delivery.mail: the workbook is not mailed");
			step.getExecutionContext().putString(OUTCOME_KEY, "not mailed: the job config has no delivery.mail");
			return RepeatStatus.FINISHED;
		}
		if (!resend) {
			Optional<String> earlier = deliveries.sentBefore(job);
			if (earlier.isPresent()) {
				log.info("The briefing of {} was mailed before ({}): not mailing it again; "
						+ "'briefing run --resend' sends it again", runDate, earlier.get());
				step.getExecutionContext()
					.putString(OUTCOME_KEY, "not mailed again: " + earlier.get() + " (--resend sends it again)");
				return RepeatStatus.FINISHED;
			}
		}
		IsoWeek week = IsoWeek.of(runDate);
		Path workbook = workbook(job);
		if (mail.user() != null && System.getenv(mail.passwordEnv()) == null) {
			throw new IllegalStateException("cannot mail the workbook of " + week + ": the SMTP password is not set; "
					+ "set the environment variable " + mail.passwordEnv()
					+ " (delivery.mail.password-env), then run 'briefing restart'");
		}
		List<String> highlights = job.getExecutionContext()
			.getString(WriteWorkbookTasklet.HIGHLIGHTS_KEY, "")
			.lines()
			.filter(l -> !l.isBlank())
			.toList();
		String recipients = BriefingMail.recipients(mail);
		try {
			sender.send(message(mail, week, highlights, workbook));
		}
		catch (MailException | MessagingException e) {
			log.debug("Mailing the workbook of {} through {}:{} failed", week, mail.host(), mail.port(), e);
			throw new MailNotSentException("cannot mail the workbook of " + week + " to " + recipients + " through "
					+ mail.host() + ":" + mail.port() + ": " + rootMessage(e)
					+ "; check the server and delivery.mail, then run 'briefing restart'");
		}
		log.info("Mailed the workbook of {} to {} through {}:{}", week, recipients, mail.host(), mail.port());
		step.getExecutionContext().putString(SENT_KEY, recipients);
		step.getExecutionContext().putString(OUTCOME_KEY, "sent to " + recipients);
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	private MimeMessage message(BriefingConfig.Mail mail, IsoWeek week, List<String> highlights, Path workbook)
			throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper m = new MimeMessageHelper(message, true, "UTF-8");
		m.setFrom(mail.from());
		m.setTo(mail.to().toArray(String[]::new));
		if (!mail.cc().isEmpty()) {
			m.setCc(mail.cc().toArray(String[]::new));
		}
		m.setSubject(BriefingMail.subject(config, week));
		String name = workbook.getFileName().toString();
		m.setText(BriefingMail.body(config, week, highlights, name));
		m.addAttachment(name, new FileSystemResource(workbook), CONTENT_TYPE);
		return message;
	}

	/** The workbook the night wrote, as the job's execution context records it. */
	private Path workbook(JobExecution job) {
		String report = job.getExecutionContext().getString(WriteWorkbookTasklet.REPORT_KEY, "");
		if (report.isBlank()) {
			throw new IllegalStateException("cannot mail the workbook of " + IsoWeek.of(runDate)
					+ ": the run recorded no workbook; run 'briefing run --date " + runDate + "' again");
		}
		Path path = Path.of(report.split(";")[0]);
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("cannot mail the workbook " + path + ": the file is gone; write it again "
					+ "with 'briefing report --week " + IsoWeek.of(runDate) + "', then run 'briefing restart'");
		}
		return path;
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
		return m.lines().findFirst().orElse(m);
	}

	/** The server was not reached, or did not take the mail. */
	static final class MailNotSentException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MailNotSentException(String message) {
			super(message);
		}

	}

}
