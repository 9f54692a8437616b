package dev.briefing.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells two articles apart for de-duplication: the same agency article printed by
 * several papers is one article, however its byline, punctuation or a few words were
 * changed; two articles whose figures differ are never one, however alike their words
 * (weekly reports reuse their sentences with new numbers).
 * <p>
 * The text is normalised first: the leading byline ({@code 新华社北京11月21日电（记者…）},
 * {@code 本报讯（记者…）}) is cut, then only Han characters, Latin letters (lower case) and
 * digits are kept. The store fetches candidates by {@code figuresKey} and asks
 * {@link #duplicates}.
 *
 * @param exactKey hash of the normalised text (32 hex digits)
 * @param figuresKey hash of the sorted multiset of the numbers in the text, Arabic and
 * Chinese (32 hex digits): articles with other figures never match
 * @param sketch a MinHash sketch of the normalised text's character 3-grams
 * ({@link MinHashSketch}, about 690 characters), or an empty string where none was made
 */
public record ArticleFingerprint(String exactKey, String figuresKey, String sketch) {

	/**
	 * Estimated Jaccard similarity of character 3-grams above which two articles with the
	 * same figures are the same article. A reprint with another byline and punctuation
	 * scores 1.0; a few words edited in a long article 0.8–0.95 (every changed character
	 * changes three 3-grams); different articles on the same subject stay below 0.3. The
	 * sketch's estimate is within ±0.05 (128 buckets), so 0.7 keeps a wide margin on both
	 * sides.
	 */
	public static final double NEAR_DUPLICATE = 0.7;

	private static final String CHINESE_NUMERAL = "零〇一二两三四五六七八九十百千万亿点";

	private static final String CHINESE_UNIT = "十百千万亿点";

	private static final Pattern LEADING_BYLINE = Pattern
		.compile("^(?:据)?(?:" + "本报\\p{IsHan}{0,8}?(?:\\d{1,2}月\\d{1,2}日)?讯"
				+ "|\\p{IsHan}{1,10}?[社网报台]\\p{IsHan}{0,8}?(?:\\d{1,2}月\\d{1,2}日)?电"
				+ "|\\p{IsHan}{1,6}?[网社台]消息)(?:[（(][^）)]{0,40}[）)])?");

	public static ArticleFingerprint of(Article article) {
		String text = article.text() == null ? "" : article.text();
		String body = withoutByline(text);
		String normal = normalise(body);
		return new ArticleFingerprint(hash(normal), hash(figures(body)), MinHashSketch.of(normal).toString());
	}

	/**
	 * Whether the two are the same article: the same figures and the same or nearly the
	 * same words.
	 */
	public boolean duplicates(ArticleFingerprint other) {
		if (!figuresKey.equals(other.figuresKey)) {
			return false;
		}
		return exactKey.equals(other.exactKey) || similarity(other) >= NEAR_DUPLICATE;
	}

	/**
	 * Estimated Jaccard similarity of the two texts' 3-grams; 0 where a sketch is missing
	 * or unreadable.
	 */
	public double similarity(ArticleFingerprint other) {
		MinHashSketch a = MinHashSketch.parse(sketch);
		MinHashSketch b = MinHashSketch.parse(other.sketch);
		return a == null || b == null ? 0 : a.similarity(b);
	}

	static String withoutByline(String text) {
		Matcher m = LEADING_BYLINE.matcher(text);
		return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()) : text;
	}

	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = Chars.fold(text.charAt(i));
			if (Chars.isWord(c)) {
				out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			}
		}
		return out.toString();
	}

	/**
	 * The numbers of a text, each in one canonical form, sorted, one string: runs of
	 * digits (with decimal points and thousands separators between digits), and runs of
	 * Chinese numerals that hold a unit character (十 百 千 万 亿 点) or stand before 成. One
	 * pass over the text, no regular expression: it runs on every article taken in.
	 */
	static String figures(String text) {
		List<String> numbers = new ArrayList<>();
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = Chars.fold(text.charAt(i));
			if (c >= '0' && c <= '9') {
				int start = i;
				StringBuilder digits = new StringBuilder();
				while (i < n) {
					char d = Chars.fold(text.charAt(i));
					boolean separator = (d == '.' || d == ',') && i + 1 < n && isDigit(Chars.fold(text.charAt(i + 1)))
							&& i > start;
					if (!isDigit(d) && !separator) {
						break;
					}
					digits.append(d);
					i++;
				}
				numbers.add(canonical(digits.toString()));
			}
			else if (CHINESE_NUMERAL.indexOf(c) >= 0) {
				int start = i;
				boolean unit = false;
				while (i < n && CHINESE_NUMERAL.indexOf(Chars.fold(text.charAt(i))) >= 0) {
					unit |= CHINESE_UNIT.indexOf(Chars.fold(text.charAt(i))) >= 0;
					i++;
				}
				if (unit) {
					numbers.add("c" + text.substring(start, i));
				}
				else if (i < n && text.charAt(i) == '成' && i - start == 1 && "一二两三四五六七八九十".indexOf(c) >= 0) {
					numbers.add("c" + c + '成');
				}
			}
			else {
				i++;
			}
		}
		Collections.sort(numbers);
		return String.join(" ", numbers);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static String canonical(String number) {
		String plain = number.replace(",", "");
		try {
			return new BigDecimal(plain).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException e) {
			return plain;
		}
	}

	private static String hash(String s) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
