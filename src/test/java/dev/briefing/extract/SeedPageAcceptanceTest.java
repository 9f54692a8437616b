package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.briefing.ingest.Article;

/**
 * The seed page against its gold rows, scored by the rules of {@code score_extraction.py}: a prediction
 * matches a gold row when the unit class agrees (money: same currency; INDEX and POINT one class) and the
 * values agree (ranges: both ends); greedy one-to-one, required rows first. Recall counts required rows,
 * precision counts predictions whose category is economic.
 */
class SeedPageAcceptanceTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	private static final Path GOLD = Path.of("../shared/acceptance/seed-indicators.tsv");

	record Gold(String category, BigDecimal value, BigDecimal max, String unitClass, String qualifier,
			boolean required, String surface) {
	}

	/** As laid out on the page, and with all whitespace removed (as the placeholder reader gives it). */
	@ParameterizedTest(name = "whitespace removed: {0}")
	@ValueSource(booleans = { false, true })
	void meetsTheThresholds(boolean squeezed) throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(GOLD),
				"../shared/seed or ../shared/acceptance not present: seed page not scored here");
		String text = Files.readString(SEED);
		if (squeezed) {
			text = text.replaceAll("\\s+", "");
		}
		List<Quantity> preds = Extraction.EXTRACTOR
			.extract(new Article("2024-11-22_seed-page.txt", 1, null, Extraction.PUBLISHED, null, null, text));
		List<Gold> gold = gold();
		List<int[]> pairs = match(gold, preds);
		int required = (int) gold.stream().filter(Gold::required).count();
		int matchedRequired = 0;
		int categoryOk = 0;
		int qualifierOk = 0;
		Set<Integer> matchedPreds = new HashSet<>();
		for (int[] p : pairs) {
			Gold g = gold.get(p[0]);
			Quantity q = preds.get(p[1]);
			matchedPreds.add(p[1]);
			if (g.required()) {
				matchedRequired++;
				categoryOk += q.category().code().equals(g.category()) ? 1 : 0;
				qualifierOk += q.qualifier().code().equals(g.qualifier()) ? 1 : 0;
			}
		}
		int economic = 0;
		int economicMatched = 0;
		for (int k = 0; k < preds.size(); k++) {
			if (preds.get(k).category().isEconomic()) {
				economic++;
				economicMatched += matchedPreds.contains(k) ? 1 : 0;
			}
		}
		double recall = matchedRequired / (double) required;
		double precision = economicMatched / (double) economic;
		double category = categoryOk / (double) matchedRequired;
		double qualifier = qualifierOk / (double) matchedRequired;
		System.out.printf("seed page (whitespace removed: %s): recall %.3f precision %.3f category %.3f qualifier %.3f%n",
				squeezed, recall, precision, category, qualifier);
		assertThat(recall).isEqualTo(1.0);
		assertThat(precision).isGreaterThanOrEqualTo(0.95);
		assertThat(category).isGreaterThanOrEqualTo(0.90);
		assertThat(qualifier).isGreaterThanOrEqualTo(0.90);
	}

	private static List<Gold> gold() throws IOException {
		List<Gold> rows = new ArrayList<>();
		List<String> header = null;
		for (String line : Files.readAllLines(GOLD)) {
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
		return rows;
	}

	private static String unitClass(String unit) {
		String u = unit.toUpperCase();
		return u.equals("POINT") ? "INDEX" : u;
	}

	private static List<int[]> match(List<Gold> gold, List<Quantity> preds) {
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
				if (used.contains(pi) || !unitClass(p.unit().name()).equals(g.unitClass()) || !same(p.value(), g.value())) {
					continue;
				}
				if (g.max() != null ? p.valueMax() == null || !same(p.valueMax(), g.max()) : p.valueMax() != null) {
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
