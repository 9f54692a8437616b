package dev.briefing.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The matching rules of {@code score_extraction.py}: a prediction matches a gold row when
 * the unit class agrees (money: same currency; INDEX and POINT one class) and the values
 * agree (ranges: both ends); greedy one-to-one, required rows first. Recall counts
 * required rows, precision counts predictions whose category is economic, category and
 * qualifier accuracy are taken on matched required rows. The tool's "indicators" line
 * matches again with the category required to agree as well.
 */
final class ScoreRules {

	record Gold(String category, BigDecimal value, BigDecimal max, String unitClass, String qualifier, boolean required,
			String surface) {
	}

	/** Sums over documents. */
	static final class Tally {

		int required;

		int matchedRequired;

		int categoryOk;

		int qualifierOk;

		int economic;

		int economicMatched;

		int matchedRequiredWithCategory;

		int economicMatchedWithCategory;

		final List<String> misses = new ArrayList<>();

		double recall() {
			return matchedRequired / (double) required;
		}

		double precision() {
			return economicMatched / (double) economic;
		}

		double category() {
			return categoryOk / (double) matchedRequired;
		}

		double qualifier() {
			return qualifierOk / (double) matchedRequired;
		}

		double f1() {
			return f1(precision(), recall());
		}

		/** Recall of the tool's "indicators" line: value, unit and category. */
		double indicatorRecall() {
			return matchedRequiredWithCategory / (double) required;
		}

		double indicatorPrecision() {
			return economicMatchedWithCategory / (double) economic;
		}

		double indicatorF1() {
			return f1(indicatorPrecision(), indicatorRecall());
		}

		private static double f1(double p, double r) {
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format(
					"recall %.3f precision %.3f F1 %.3f category %.3f qualifier %.3f; indicators recall %.3f precision %.3f F1 %.3f",
					recall(), precision(), f1(), category(), qualifier(), indicatorRecall(), indicatorPrecision(),
					indicatorF1());
		}

	}

	private ScoreRules() {
	}

	static List<Gold> read(Path tsv) {
		List<Gold> rows = new ArrayList<>();
		List<String> header = null;
		try {
			for (String line : Files.readAllLines(tsv)) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (header == null) {
					header = List.of(cells);
					continue;
				}
				String max = cells[header.indexOf("value_max")];
				String qualifier = cells[header.indexOf("qualifier")];
				rows.add(new Gold(cells[header.indexOf("category")], new BigDecimal(cells[header.indexOf("value")]),
						max.isEmpty() ? null : new BigDecimal(max), unitClass(cells[header.indexOf("unit")]),
						qualifier.isEmpty() ? "exact" : qualifier, "1".equals(cells[header.indexOf("required")]),
						cells[header.indexOf("surface")]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	static void add(Tally t, String doc, List<Gold> gold, List<Quantity> preds) {
		for (int[] p : match(gold, preds, true)) {
			if (gold.get(p[0]).required()) {
				t.matchedRequiredWithCategory++;
			}
			if (preds.get(p[1]).category().isEconomic()) {
				t.economicMatchedWithCategory++;
			}
		}
		List<int[]> pairs = match(gold, preds, false);
		Set<Integer> matchedGold = new HashSet<>();
		Set<Integer> matchedPreds = new HashSet<>();
		for (int[] p : pairs) {
			Gold g = gold.get(p[0]);
			Quantity q = preds.get(p[1]);
			matchedGold.add(p[0]);
			matchedPreds.add(p[1]);
			if (g.required()) {
				t.matchedRequired++;
				if (q.category().code().equals(g.category())) {
					t.categoryOk++;
				}
				else {
					t.misses.add("CATEGORY " + doc + " gold=" + g.category() + " got=" + q.category().code() + " "
							+ g.surface());
				}
				t.qualifierOk += q.qualifier().code().equals(g.qualifier()) ? 1 : 0;
			}
		}
		for (int k = 0; k < gold.size(); k++) {
			if (gold.get(k).required()) {
				t.required++;
				if (!matchedGold.contains(k)) {
					t.misses.add("MISSED " + doc + " " + gold.get(k).surface());
				}
			}
		}
		for (int k = 0; k < preds.size(); k++) {
			if (preds.get(k).category().isEconomic()) {
				t.economic++;
				if (matchedPreds.contains(k)) {
					t.economicMatched++;
				}
				else {
					t.misses.add("EXTRA " + doc + " " + preds.get(k).category().code() + " " + preds.get(k).text());
				}
			}
		}
	}

	static String unitClass(String unit) {
		String u = unit.toUpperCase();
		return u.equals("POINT") ? "INDEX" : u;
	}

	private static List<int[]> match(List<Gold> gold, List<Quantity> preds, boolean withCategory) {
		List<Integer> order = new ArrayList<>();
		for (int k = 0; k < gold.size(); k++) {
			if (gold.get(k).required()) {
				order.add(k);
			}
		}
		for (int k = 0; k < gold.size(); k++) {
			if (!gold.get(k).required()) {
				order.add(k);
			}
		}
		Set<Integer> used = new HashSet<>();
		List<int[]> pairs = new ArrayList<>();
		for (int gi : order) {
			Gold g = gold.get(gi);
			for (int pi = 0; pi < preds.size(); pi++) {
				Quantity p = preds.get(pi);
				if (used.contains(pi) || !unitClass(p.unit().name()).equals(g.unitClass())
						|| !same(p.value(), g.value())) {
					continue;
				}
				if (g.max() != null ? p.valueMax() == null || !same(p.valueMax(), g.max()) : p.valueMax() != null) {
					continue;
				}
				if (withCategory && !p.category().code().equals(g.category())) {
					continue;
				}
				used.add(pi);
				pairs.add(new int[] { gi, pi });
				break;
			}
		}
		return pairs;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a.subtract(b).abs().doubleValue() <= 1e-6 * Math.max(1.0, b.abs().doubleValue());
	}

}
