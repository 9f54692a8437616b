package dev.briefing.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells two articles apart for de-duplication. Placeholder: exact text and figures only.
 *
 * @param exactKey hash of the text without spaces and punctuation
 * @param figuresKey hash of the sorted numbers in the text: articles with other figures never match
 * @param sketch a similarity sketch of the text, stored as text
 */
public record ArticleFingerprint(String exactKey, String figuresKey, String sketch) {

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	public static ArticleFingerprint of(Article article) {
		String text = article.text();
		String normal = text.replaceAll("[\\p{P}\\p{Z}\\s]", "");
		Matcher m = NUMBER.matcher(text);
		java.util.List<String> numbers = new java.util.ArrayList<>();
		while (m.find()) {
			numbers.add(m.group());
		}
		java.util.Collections.sort(numbers);
		return new ArticleFingerprint(sha(normal), sha(String.join(",", numbers)), "");
	}

	public boolean duplicates(ArticleFingerprint other) {
		return figuresKey.equals(other.figuresKey) && exactKey.equals(other.exactKey);
	}

	private static String sha(String s) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
