package dev.briefing.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text, or says why they are not text. UTF-8 (with or without
 * BOM) is tried strictly first; then the charset juniversalchardet reads from the bytes
 * when it is a Chinese (or other East Asian) one, and GB18030 (which covers GB2312 and
 * GBK). Every decoding is strict: a byte sequence that does not decode fails the file, it
 * is never replaced.
 */
final class TextDecoder {

	static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * Charsets the detector may name that we take its word for (GB2312 and GBK are read
	 * as GB18030).
	 */
	private static final Set<String> EAST_ASIAN = Set.of("BIG5", "EUC-TW", "EUC-KR", "EUC-JP", "SHIFT_JIS",
			"ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN", "HZ-GB-2312");

	/**
	 * Valid multi-byte UTF-8 characters before a bad byte that make a file broken UTF-8,
	 * not GB18030.
	 */
	private static final int UTF8_EVIDENCE = 16;

	/** Most of the bytes {@link UniversalDetector} needs to decide. */
	private static final int DETECT_BYTES = 64 * 1024;

	record Decoded(String text, String encoding) {
	}

	/** Why bytes could not be read as text. */
	static final class NotTextException extends Exception {

		NotTextException(String reason) {
			super(reason);
		}

	}

	private TextDecoder() {
	}

	static Decoded decode(byte[] bytes) throws NotTextException {
		return decode(bytes, null);
	}

	/**
	 * @param declared a charset the file declares (an HTML meta tag), tried after a BOM
	 * and before detection; may be null
	 */
	static Decoded decode(byte[] bytes, String declared) throws NotTextException {
		if (bytes.length == 0) {
			throw new NotTextException("empty file (0 bytes)");
		}
		Decoded bom = byBom(bytes);
		if (bom != null) {
			return checked(bom);
		}
		String kind = BinarySignatures.kind(bytes);
		if (kind != null) {
			throw new NotTextException("binary file (" + kind + "), not text");
		}
		int nul = indexOf(bytes, (byte) 0);
		if (nul >= 0) {
			throw new NotTextException("binary file: NUL byte at offset " + nul + ", not text");
		}
		Object utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
		if (utf8 instanceof String text) {
			return checked(new Decoded(text, "UTF-8"));
		}
		int utf8Error = (Integer) utf8;
		if (looksLikeUtf8(bytes, utf8Error)) {
			// read as GB18030 it would decode, as nonsense: refuse it as the broken UTF-8
			// it is
			throw new NotTextException("invalid byte sequence: UTF-8 text with a bad byte at offset " + utf8Error);
		}
		Charset hinted = charset(declared);
		if (hinted != null && !hinted.equals(StandardCharsets.UTF_8) && firstError(bytes, 0, hinted) < 0) {
			return checked(new Decoded(new String(bytes, hinted), hinted.name()));
		}
		Charset detected = charset(detect(bytes));
		if (detected != null && EAST_ASIAN.contains(detected.name().toUpperCase(Locale.ROOT))
				&& firstError(bytes, 0, detected) < 0) {
			return checked(new Decoded(new String(bytes, detected), detected.name()));
		}
		Object gb = strictDecode(bytes, 0, GB18030);
		if (gb instanceof String text) {
			return checked(new Decoded(text, GB18030.name()));
		}
		int gbError = (Integer) gb;
		throw new NotTextException("invalid byte sequence: not UTF-8 (first bad byte at offset " + utf8Error
				+ ") and not GB18030 (first bad byte at offset " + gbError + ")");
	}

	/**
	 * Whether the bytes before the first UTF-8 error hold many multi-byte UTF-8
	 * characters: Chinese in GB18030 almost never forms even a few valid UTF-8 sequences
	 * in a row, so such a file is UTF-8 with a bad byte.
	 */
	private static boolean looksLikeUtf8(byte[] bytes, int firstError) {
		int multiByte = 0;
		for (int i = 0; i < firstError && multiByte < UTF8_EVIDENCE; i++) {
			if ((bytes[i] & 0xC0) == 0xC0) {
				multiByte++;
			}
		}
		return multiByte >= UTF8_EVIDENCE;
	}

	/**
	 * The charset for a name as files declare it; GB2312 and GBK as GB18030, unknown
	 * names as null.
	 */
	static Charset charset(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String n = name.trim().toUpperCase(Locale.ROOT);
		if (n.equals("GB2312") || n.equals("GBK") || n.equals("GB_2312-80") || n.equals("X-GBK") || n.equals("CP936")
				|| n.equals("GB18030")) {
			return GB18030;
		}
		try {
			return Charset.forName(n);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Decoded byBom(byte[] b) throws NotTextException {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return strict(b, 3, StandardCharsets.UTF_8, "UTF-8");
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
			return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
			return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && b[1] == 0x31 && (b[2] & 0xFF) == 0x95 && b[3] == 0x33) {
			return strict(b, 4, GB18030, "GB18030");
		}
		return null;
	}

	private static Decoded strict(byte[] b, int from, Charset cs, String name) throws NotTextException {
		Object r = strictDecode(b, from, cs);
		if (r instanceof Integer error) {
			throw new NotTextException("invalid byte sequence: the file starts with a " + name
					+ " byte order mark but has a bad byte at offset " + error);
		}
		return new Decoded((String) r, name);
	}

	/** Rejects decoded text that is blank or full of control characters. */
	private static Decoded checked(Decoded d) throws NotTextException {
		String s = d.text();
		int controls = 0;
		boolean blank = true;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
			if (blank && !Character.isWhitespace(c) && c != '\uFEFF' && c != '\u3000' && c != '\u00A0') {
				blank = false;
			}
		}
		if (controls > 0 && controls * 100L > s.length()) {
			throw new NotTextException(
					"binary file: " + controls + " control characters in " + s.length() + ", not text");
		}
		if (blank) {
			throw new NotTextException("empty file (only white space)");
		}
		return d;
	}

	private static String detect(byte[] bytes) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
		detector.dataEnd();
		return detector.getDetectedCharset();
	}

	/** Offset of the first byte that does not decode strictly, or -1 when all do. */
	static int firstError(byte[] bytes, int from, Charset cs) {
		Object r = strictDecode(bytes, from, cs);
		return r instanceof Integer offset ? offset : -1;
	}

	/**
	 * The decoded text, or (an Integer) the offset of the first byte that does not
	 * decode.
	 */
	static Object strictDecode(byte[] bytes, int from, Charset cs) {
		CharsetDecoder decoder = cs.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer
			.allocate(Math.max(16, (int) ((bytes.length - from) * (double) decoder.averageCharsPerByte())));
		while (true) {
			CoderResult r = decoder.decode(in, out, true);
			if (r.isError()) {
				return in.position();
			}
			if (!r.isOverflow()) {
				break;
			}
			out = grow(out);
		}
		while (decoder.flush(out).isOverflow()) {
			out = grow(out);
		}
		out.flip();
		return out.toString();
	}

	private static CharBuffer grow(CharBuffer out) {
		CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
		out.flip();
		bigger.put(out);
		return bigger;
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

}
