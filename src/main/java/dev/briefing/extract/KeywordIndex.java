package dev.briefing.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Aho–Corasick automaton over a fixed word list: finds every occurrence of every word in
 * one pass over the text. Immutable once built, so one instance serves every thread.
 */
final class KeywordIndex {

	/**
	 * Occurrences found in one text, ordered by end offset (longer words first at the
	 * same end).
	 */
	static final class Hits {

		int size;

		int[] start = new int[64];

		int[] end = new int[64];

		int[] word = new int[64];

		void add(int s, int e, int w) {
			if (size == start.length) {
				start = Arrays.copyOf(start, size * 2);
				end = Arrays.copyOf(end, size * 2);
				word = Arrays.copyOf(word, size * 2);
			}
			start[size] = s;
			end[size] = e;
			word[size] = w;
			size++;
		}

	}

	private final String[] words;

	private final long[] keys;

	private final int[] targets;

	private final int mask;

	private final int[] fail;

	private final int[] out;

	private final int[] dict;

	/**
	 * Transitions out of the root, looked up directly: most characters of a text start no
	 * word.
	 */
	private final int[] rootNext;

	KeywordIndex(List<String> wordList) {
		this.words = wordList.toArray(String[]::new);
		int total = 1;
		for (String w : words) {
			total += w.length();
		}
		int cap = Integer.highestOneBit(Math.max(16, total * 2)) * 2;
		keys = new long[cap];
		Arrays.fill(keys, -1L);
		targets = new int[cap];
		mask = cap - 1;
		int[] outTmp = new int[total];
		Arrays.fill(outTmp, -1);
		char[] edge = new char[total];
		int states = 1;
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			if (word.isEmpty()) {
				continue;
			}
			int s = 0;
			for (int k = 0; k < word.length(); k++) {
				int t = get(s, word.charAt(k));
				if (t < 0) {
					t = states++;
					put(s, word.charAt(k), t);
					edge[t] = word.charAt(k);
				}
				s = t;
			}
			if (outTmp[s] < 0) {
				outTmp[s] = w;
			}
		}
		fail = new int[states];
		out = Arrays.copyOf(outTmp, states);
		dict = new int[states];
		Arrays.fill(dict, -1);
		// breadth-first over the trie to set failure links
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		int[][] children = childrenOf(states);
		for (int t : children[0]) {
			fail[t] = 0;
			queue.add(t);
		}
		while (!queue.isEmpty()) {
			int s = queue.poll();
			for (int t : children[s]) {
				char ch = edge[t];
				int f = fail[s];
				while (true) {
					int g = get(f, ch);
					if (g >= 0 && g != t) {
						fail[t] = g;
						break;
					}
					if (f == 0) {
						fail[t] = 0;
						break;
					}
					f = fail[f];
				}
				int ft = fail[t];
				dict[t] = out[ft] >= 0 ? ft : dict[ft];
				queue.add(t);
			}
		}
		rootNext = root();
	}

	private int[][] childrenOf(int states) {
		int[] count = new int[states];
		for (int k = 0; k < keys.length; k++) {
			if (keys[k] != -1L) {
				count[(int) (keys[k] >>> 16)]++;
			}
		}
		int[][] children = new int[states][];
		for (int s = 0; s < states; s++) {
			children[s] = new int[count[s]];
		}
		int[] fill = new int[states];
		for (int k = 0; k < keys.length; k++) {
			if (keys[k] != -1L) {
				int s = (int) (keys[k] >>> 16);
				children[s][fill[s]++] = targets[k];
			}
		}
		return children;
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & mask;
	}

	private int get(int state, char ch) {
		long key = ((long) state << 16) | ch;
		int k = slot(key);
		while (true) {
			long kk = keys[k];
			if (kk == key) {
				return targets[k];
			}
			if (kk == -1L) {
				return -1;
			}
			k = (k + 1) & mask;
		}
	}

	private void put(int state, char ch, int target) {
		long key = ((long) state << 16) | ch;
		int k = slot(key);
		while (keys[k] != -1L) {
			k = (k + 1) & mask;
		}
		keys[k] = key;
		targets[k] = target;
	}

	private int[] root() {
		int[] r = new int[65536];
		for (int ch = 0; ch < 65536; ch++) {
			int t = get(0, (char) ch);
			r[ch] = Math.max(t, 0);
		}
		return r;
	}

	String word(int w) {
		return words[w];
	}

	int size() {
		return words.length;
	}

	/** Every occurrence of every word in {@code c[from, to)}. */
	Hits find(char[] c, int from, int to) {
		Hits hits = new Hits();
		int s = 0;
		for (int i = from; i < to; i++) {
			char ch = c[i];
			int next = -1;
			while (s != 0) {
				next = get(s, ch);
				if (next >= 0) {
					break;
				}
				s = fail[s];
			}
			s = s != 0 ? next : rootNext[ch];
			if (s == 0) {
				continue;
			}
			int o = out[s] >= 0 ? s : dict[s];
			while (o >= 0) {
				int w = out[o];
				hits.add(i + 1 - words[w].length(), i + 1, w);
				o = dict[o];
			}
		}
		return hits;
	}

}
