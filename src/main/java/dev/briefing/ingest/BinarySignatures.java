package dev.briefing.ingest;

import java.util.List;

/**
 * Names the common binary formats by their first bytes, so that ops read "a PDF
 * document", not "bad bytes".
 */
final class BinarySignatures {

	private record Signature(String kind, int... magic) {

		boolean matches(byte[] bytes) {
			if (bytes.length < magic.length) {
				return false;
			}
			for (int i = 0; i < magic.length; i++) {
				if ((bytes[i] & 0xFF) != magic[i]) {
					return false;
				}
			}
			return true;
		}
	}

	private static final List<Signature> SIGNATURES = List.of(new Signature("a PDF document", '%', 'P', 'D', 'F'),
			new Signature("a ZIP archive or Office document", 'P', 'K', 3, 4),
			new Signature("a PNG image", 0x89, 'P', 'N', 'G'), new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
			new Signature("a GIF image", 'G', 'I', 'F', '8'), new Signature("a gzip archive", 0x1F, 0x8B),
			new Signature("a RAR archive", 'R', 'a', 'r', '!'), new Signature("a 7-Zip archive", '7', 'z', 0xBC, 0xAF),
			new Signature("an old Office document", 0xD0, 0xCF, 0x11, 0xE0),
			new Signature("an executable", 0x7F, 'E', 'L', 'F'));

	private BinarySignatures() {
	}

	/** What the bytes look like, or null when they start like no known binary format. */
	static String kind(byte[] bytes) {
		for (Signature s : SIGNATURES) {
			if (s.matches(bytes)) {
				return s.kind();
			}
		}
		return null;
	}

}
