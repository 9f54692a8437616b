package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives displaced headlines back to the bodies they belong to, by the words they share. A
 * headline's character bigrams are looked up in every segment of the page; a bigram found
 * in few segments ({@code 两端}, {@code 减负}) counts for more than one found in many
 * ({@code 企业}), as in tf-idf. The score of a headline against a body is the weight of its
 * bigrams found there over the weight of all its bigrams; pairs are taken best first,
 * each headline and each body at most once, and only above {@link #MIN_SCORE}.
 */
final class HeadlineMatcher {

	/**
	 * Below this, a headline is not given to a body. The headline of an article shares
	 * most of its rare words with the body (0.5 and more on the pages tested); an
	 * unrelated headline of the same page shares only the common ones (below 0.2).
	 */
	static final double MIN_SCORE = 0.3;

	private HeadlineMatcher() {
	}

	/**
	 * @param candidates which segments may take a headline (those without one)
	 * @return for each segment, the index of the headline given to it, or -1
	 */
	static int[] match(LayoutText t, List<PageSegmenter.Block> headlines, List<PageSegmenter.Segment> segments,
			boolean[] candidates) {
		if (headlines.isEmpty()) {
			int[] none = new int[segments.size()];
			Arrays.fill(none, -1);
			return none;
		}
		BigramIndex index = new BigramIndex();
		List<int[]> headlineBigrams = new ArrayList<>();
		for (PageSegmenter.Block h : headlines) {
			IntList ids = new IntList();
			for (int line = h.first(); line <= h.last(); line++) {
				char prev = 0;
				for (int k = t.start(line); k < t.end(line); k++) {
					char c = t.chars[k];
					if (Chars.isWord(c)) {
						if (prev != 0) {
							ids.addDistinct(index.add(prev, c));
						}
						prev = c;
					}
					else {
						prev = 0;
					}
				}
			}
			headlineBigrams.add(ids.toArray());
		}
		boolean[][] present = new boolean[segments.size()][index.size()];
		int[] df = new int[index.size()];
		for (int s = 0; s < segments.size(); s++) {
			PageSegmenter.Segment seg = segments.get(s);
			char prev = 0;
			for (int k = 0; k < seg.count; k++) {
				int line = seg.lines[k] < 0 ? ~seg.lines[k] : seg.lines[k];
				for (int p = t.start(line); p < t.end(line); p++) {
					char c = t.chars[p];
					if (Chars.isWord(c)) {
						if (prev != 0 && index.mayStartWith(prev)) {
							int id = index.find(prev, c);
							if (id >= 0 && !present[s][id]) {
								present[s][id] = true;
								df[id]++;
							}
						}
						prev = c;
					}
					else {
						prev = 0;
					}
				}
			}
		}
		int n = segments.size();
		double[] idf = new double[df.length];
		for (int b = 0; b < df.length; b++) {
			idf[b] = Math.log((n + 1.0) / (df[b] + 0.5));
		}
		double[][] score = new double[headlines.size()][n];
		for (int h = 0; h < headlines.size(); h++) {
			int[] ids = headlineBigrams.get(h);
			// a bigram found in no body tells nothing about where the headline belongs
			double total = 0;
			for (int id : ids) {
				total += df[id] > 0 ? idf[id] : 0;
			}
			for (int s = 0; s < n; s++) {
				if (!candidates[s] || total == 0) {
					continue;
				}
				double found = 0;
				for (int id : ids) {
					if (present[s][id]) {
						found += idf[id];
					}
				}
				score[h][s] = found / total >= MIN_SCORE ? found / total : 0;
			}
		}
		return Assignment.best(score, n);
	}

	/** Bigram → small id, open addressing on the pair of chars. */
	private static final class BigramIndex {

		private int[] keys = new int[256];

		private int[] ids = new int[256];

		private int size;

		/**
		 * The first characters of the bigrams, 4096 bits by the low bits of the char: a
		 * quick "no".
		 */
		private final long[] firsts = new long[64];

		BigramIndex() {
			Arrays.fill(keys, -1);
		}

		int size() {
			return size;
		}

		int add(char a, char b) {
			int key = (a << 16) | b;
			int slot = slot(key);
			if (keys[slot] == key) {
				return ids[slot];
			}
			if ((size + 1) * 2 > keys.length) {
				grow();
				slot = slot(key);
			}
			keys[slot] = key;
			ids[slot] = size;
			firsts[(a >> 6) & 63] |= 1L << (a & 63);
			return size++;
		}

		boolean mayStartWith(char a) {
			return (firsts[(a >> 6) & 63] & (1L << (a & 63))) != 0;
		}

		int find(char a, char b) {
			int key = (a << 16) | b;
			int slot = slot(key);
			return keys[slot] == key ? ids[slot] : -1;
		}

		private int slot(int key) {
			int mask = keys.length - 1;
			int slot = (key * 0x9E3779B9) >>> 8 & mask;
			while (keys[slot] != -1 && keys[slot] != key) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		private void grow() {
			int[] oldKeys = keys;
			int[] oldIds = ids;
			keys = new int[oldKeys.length * 2];
			ids = new int[oldKeys.length * 2];
			Arrays.fill(keys, -1);
			for (int k = 0; k < oldKeys.length; k++) {
				if (oldKeys[k] != -1) {
					int slot = slot(oldKeys[k]);
					keys[slot] = oldKeys[k];
					ids[slot] = oldIds[k];
				}
			}
		}

	}

	private static final class IntList {

		private int[] values = new int[32];

		private int size;

		void addDistinct(int v) {
			for (int k = 0; k < size; k++) {
				if (values[k] == v) {
					return;
				}
			}
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

}
