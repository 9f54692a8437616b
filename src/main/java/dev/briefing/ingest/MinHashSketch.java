package dev.briefing.ingest;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A MinHash sketch of a text's character 3-grams, by one-permutation hashing: every
 * 3-gram is hashed once, the hash picks one of {@link #BUCKETS} buckets and the bucket
 * keeps its smallest hash; empty buckets (short texts) borrow from the next filled one
 * (densification), so that two sketches compare bucket by bucket. The share of equal
 * buckets estimates the Jaccard similarity of the two 3-gram sets. One hash per 3-gram
 * keeps it cheap enough for every article of a nightly run.
 * <p>
 * As text: {@code m1:} and the bucket values, 4 bytes each, in unpadded URL-safe Base64
 * (686 characters).
 */
final class MinHashSketch {

	static final int BUCKETS = 128;

	private static final String PREFIX = "m1:";

	private static final int EMPTY = -1;

	private final int[] values;

	private MinHashSketch(int[] values) {
		this.values = values;
	}

	static MinHashSketch of(String normalised) {
		long[] min = new long[BUCKETS];
		Arrays.fill(min, Long.MAX_VALUE);
		for (int i = 0; i + 3 <= normalised.length(); i++) {
			long h = mix(((long) normalised.charAt(i) << 32) ^ ((long) normalised.charAt(i + 1) << 16)
					^ normalised.charAt(i + 2));
			int bucket = (int) (h >>> 57);
			long value = h & 0x01FF_FFFF_FFFF_FFFFL;
			if (value < min[bucket]) {
				min[bucket] = value;
			}
		}
		int[] values = new int[BUCKETS];
		for (int b = 0; b < BUCKETS; b++) {
			values[b] = min[b] == Long.MAX_VALUE ? EMPTY : (int) (min[b] >>> 26);
		}
		densify(values);
		return new MinHashSketch(values);
	}

	/**
	 * An empty bucket takes the value of the next filled one, marked by the distance it
	 * was carried.
	 */
	private static void densify(int[] values) {
		int[] filled = values.clone();
		for (int b = 0; b < BUCKETS; b++) {
			if (filled[b] != EMPTY) {
				continue;
			}
			for (int d = 1; d < BUCKETS; d++) {
				int v = filled[(b + d) % BUCKETS];
				if (v != EMPTY) {
					values[b] = (int) mix(((long) v << 8) | d);
					break;
				}
			}
		}
	}

	double similarity(MinHashSketch other) {
		int same = 0;
		for (int b = 0; b < BUCKETS; b++) {
			if (values[b] == other.values[b]) {
				same++;
			}
		}
		return same / (double) BUCKETS;
	}

	/**
	 * The sketch written by {@link #toString()}, or null for anything else (an empty or
	 * older sketch).
	 */
	static MinHashSketch parse(String text) {
		if (text == null || !text.startsWith(PREFIX)) {
			return null;
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
			if (bytes.length != BUCKETS * 4) {
				return null;
			}
			int[] values = new int[BUCKETS];
			ByteBuffer.wrap(bytes).asIntBuffer().get(values);
			return new MinHashSketch(values);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		ByteBuffer bytes = ByteBuffer.allocate(BUCKETS * 4);
		bytes.asIntBuffer().put(values);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	/** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
	private static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		h *= 0xC4CEB9FE1A85EC53L;
		h ^= h >>> 33;
		return h;
	}

}
