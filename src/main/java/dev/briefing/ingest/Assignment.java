package dev.briefing.ingest;

import java.util.Arrays;

/**
 * The assignment of rows (headlines) to columns (bodies), each at most once, that
 * maximises the sum of the scores; a zero score means "may not be paired". Exact by
 * dynamic programming over the set of rows used when there are few rows (a page has a
 * handful of displaced headlines), best pair first beyond that.
 */
final class Assignment {

	/** Rows up to which the exact search runs: 2^rows states per column. */
	private static final int EXACT_ROWS = 8;

	private Assignment() {
	}

	/**
	 * @return for each column, the row given to it, or -1
	 */
	static int[] best(double[][] score, int columns) {
		int rows = score.length;
		return rows <= EXACT_ROWS ? exact(score, rows, columns) : greedy(score, rows, columns);
	}

	private static int[] exact(double[][] score, int rows, int columns) {
		int states = 1 << rows;
		// total[c][m]: best sum over columns c.. with the rows in m already used
		double[][] total = new double[columns + 1][states];
		for (int c = columns - 1; c >= 0; c--) {
			for (int m = 0; m < states; m++) {
				double best = total[c + 1][m];
				for (int r = 0; r < rows; r++) {
					if ((m & (1 << r)) == 0 && score[r][c] > 0) {
						best = Math.max(best, score[r][c] + total[c + 1][m | (1 << r)]);
					}
				}
				total[c][m] = best;
			}
		}
		int[] result = new int[columns];
		Arrays.fill(result, -1);
		int m = 0;
		for (int c = 0; c < columns; c++) {
			for (int r = 0; r < rows; r++) {
				if ((m & (1 << r)) == 0 && score[r][c] > 0 && total[c][m] == score[r][c] + total[c + 1][m | (1 << r)]) {
					result[c] = r;
					m |= 1 << r;
					break;
				}
			}
		}
		return result;
	}

	private static int[] greedy(double[][] score, int rows, int columns) {
		java.util.List<int[]> pairs = new java.util.ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (score[r][c] > 0) {
					pairs.add(new int[] { r, c });
				}
			}
		}
		pairs.sort((a, b) -> Double.compare(score[b[0]][b[1]], score[a[0]][a[1]]));
		int[] result = new int[columns];
		Arrays.fill(result, -1);
		boolean[] used = new boolean[rows];
		for (int[] p : pairs) {
			if (!used[p[0]] && result[p[1]] < 0) {
				used[p[0]] = true;
				result[p[1]] = p[0];
			}
		}
		return result;
	}

}
