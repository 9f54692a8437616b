package dev.briefing.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Mails as a test's SMTP server received them, and the config that sends them there. */
final class MailTestSupport {

	private MailTestSupport() {
	}

	/** A mail as received: headers, its text and its one attachment. */
	record Received(String messageId, String subject, List<String> to, List<String> cc, String text,
			String attachmentName, String attachmentType, byte[] attachment) {
	}

	/**
	 * The job config's edit that adds a {@code delivery.mail} section pointing at
	 * {@code port} on this machine.
	 */
	static UnaryOperator<String> delivery(int port, String... extra) {
		return config -> config + "\ndelivery:\n  mail:\n    host: 127.0.0.1\n    port: " + port + "\n"
				+ String.join("", Arrays.stream(extra).map(line -> "    " + line + "\n").toList())
				+ (Arrays.stream(extra).anyMatch(l -> l.startsWith("tls:")) ? "" : "    tls: false\n")
				+ (Arrays.stream(extra).anyMatch(l -> l.startsWith("user:")) ? "" : "    user: \"\"\n")
				+ "    from: briefing@example.org\n    to: [manager@example.org, deputy@example.org]\n"
				+ "    cc: [office@example.org]\n";
	}

	/** A port nothing listens on now. */
	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	/**
	 * The distinct mails the server received (it keeps one copy per recipient), in order.
	 */
	static List<Received> received(GreenMail server) throws Exception {
		List<Received> out = new ArrayList<>();
		for (MimeMessage m : server.getReceivedMessages()) {
			if (out.stream().anyMatch(r -> r.messageId().equals(messageId(m)))) {
				continue;
			}
			Received r = read(m);
			out.add(r);
		}
		return out;
	}

	private static String messageId(MimeMessage m) {
		try {
			return m.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Received read(MimeMessage m) throws Exception {
		StringBuilder text = new StringBuilder();
		List<Part> attachments = new ArrayList<>();
		walk(m, text, attachments);
		if (attachments.size() > 1) {
			throw new AssertionError("more than one attachment: " + attachments.size());
		}
		Part a = attachments.isEmpty() ? null : attachments.get(0);
		byte[] bytes = null;
		if (a != null) {
			try (InputStream in = a.getInputStream()) {
				bytes = in.readAllBytes();
			}
		}
		return new Received(m.getMessageID(), m.getSubject(), addresses(m.getRecipients(Message.RecipientType.TO)),
				addresses(m.getRecipients(Message.RecipientType.CC)), text.toString(),
				a == null ? null : a.getFileName(), a == null ? null : a.getContentType(), bytes);
	}

	private static void walk(Part part, StringBuilder text, List<Part> attachments) throws Exception {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(part);
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart mp = (Multipart) part.getContent();
			for (int i = 0; i < mp.getCount(); i++) {
				walk(mp.getBodyPart(i), text, attachments);
			}
		}
		else if (part.isMimeType("text/plain")) {
			text.append((String) part.getContent());
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
	}

	/** The sheet names of a workbook in its bytes, in order. */
	static List<String> sheetNames(byte[] workbook) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				names.add(wb.getSheetName(i));
			}
			return names;
		}
	}

}
