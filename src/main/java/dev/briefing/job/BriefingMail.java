package dev.briefing.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.config.BriefingConfig;
import dev.briefing.report.IsoWeek;
import dev.briefing.report.WorkbookWriter;

/**
 * The mail that carries a week's workbook: Spring Boot's mail settings made from the job
 * config's {@code delivery.mail}, and the subject and body of the message.
 */
public final class BriefingMail {

	/** How long a connection to the server and each exchange with it may take, in ms. */
	static final int TIMEOUT_MS = 30_000;

	private BriefingMail() {
	}

	/**
	 * The {@code spring.mail.*} properties that make Spring Boot configure a
	 * {@code JavaMailSender} for {@code delivery.mail}; none when there is no such
	 * section, so that nothing is mailed. The password is read from the environment
	 * variable the config names, never from the file.
	 */
	public static Map<String, Object> springProperties(BriefingConfig config) {
		Map<String, Object> props = new LinkedHashMap<>();
		BriefingConfig.Mail mail = config.delivery() == null ? null : config.delivery().mail();
		if (mail == null) {
			return props;
		}
		props.put("spring.mail.host", mail.host());
		props.put("spring.mail.port", mail.port());
		props.put("spring.mail.protocol", "smtp");
		props.put("spring.mail.default-encoding", "UTF-8");
		boolean auth = mail.user() != null;
		if (auth) {
			props.put("spring.mail.username", mail.user());
			String password = System.getenv(mail.passwordEnv());
			if (password != null) {
				props.put("spring.mail.password", password);
			}
		}
		String smtp = "spring.mail.properties.mail.smtp.";
		props.put(smtp + "auth", String.valueOf(auth));
		// with tls the session upgrades with STARTTLS or does not send at all
		props.put(smtp + "starttls.enable", String.valueOf(mail.tls()));
		props.put(smtp + "starttls.required", String.valueOf(mail.tls()));
		props.put(smtp + "connectiontimeout", String.valueOf(TIMEOUT_MS));
		props.put(smtp + "timeout", String.valueOf(TIMEOUT_MS));
		props.put(smtp + "writetimeout", String.valueOf(TIMEOUT_MS));
		return props;
	}

	/** {@code 郑州经开区经济指标周报 2024年第47周}. */
	static String subject(BriefingConfig config, IsoWeek week) {
		return WorkbookWriter.name(config.region().zone(), week);
	}

	/**
	 * The body: the workbook's title, its {@code 本周要点} one sentence a line, and the name
	 * of the attached file.
	 */
	static String body(BriefingConfig config, IsoWeek week, List<String> highlights, String attachment) {
		StringBuilder b = new StringBuilder(WorkbookWriter.title(config.region().zone(), week)).append("\n\n");
		b.append("本周要点\n");
		if (highlights.isEmpty()) {
			b.append("见附件「概览」表。\n");
		}
		for (int i = 0; i < highlights.size(); i++) {
			b.append(i + 1).append(". ").append(highlights.get(i)).append('\n');
		}
		b.append("\n附件：").append(attachment).append("（概览、指标、图表、来源、数据质量）。\n");
		return b.toString();
	}

	/** {@code a@x.org, b@x.org; cc c@x.org}: whom the mail goes to. */
	static String recipients(BriefingConfig.Mail mail) {
		return String.join(", ", mail.to()) + (mail.cc().isEmpty() ? "" : "; cc " + String.join(", ", mail.cc()));
	}

}
