package dev.briefing.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that may follow a number as its unit: currencies (every name of the unit
 * table, {@link Unit}), %, points, multiples, durations and measure words of counts, each
 * with the characters that must not follow it ({@code 家} not before {@code 庭}: 家庭 is no
 * count); all but the currencies are data:
 * {@code src/main/resources/extract/measure-words.tsv}.
 */
final class MeasureWords {

	private MeasureWords() {
	}

	record Def(String word, Unit unit, String counter, String notBefore) {
	}

	static final Map<Character, Def[]> DEFS = new HashMap<>();

	/** Every name of one currency alone ({@code 美元}, {@code 美金}, {@code 瑞典克朗}). */
	static final Map<String, Unit> CURRENCY_WORDS = new HashMap<>();

	/**
	 * Names several currencies share ({@code 克朗}), with the currency they mean where the
	 * text names no country.
	 */
	static final Map<String, Unit> BARE_NAMES = new HashMap<>();

	static {
		List<Def> defs = new ArrayList<>();
		for (Unit u : Unit.currencies()) {
			money(defs, u, u.forms());
			for (String w : u.bareNames()) {
				defs.add(new Def(w, u, null, null));
				BARE_NAMES.put(w, u);
			}
		}
		for (String[] row : WordLists.rows("measure-words.tsv")) {
			if (row.length != 4) {
				throw new IllegalStateException("measure-words.tsv: a line needs a word, a unit, a counter and the "
						+ "characters not after it: " + String.join(" | ", row));
			}
			defs.add(new Def(row[0], Unit.valueOf(row[1]), row[2].isEmpty() ? null : row[2],
					row[3].isEmpty() ? null : row[3]));
		}
		Map<Character, List<Def>> grouped = new HashMap<>();
		for (Def d : defs) {
			grouped.computeIfAbsent(d.word.charAt(0), k -> new ArrayList<>()).add(d);
		}
		grouped.forEach((k, list) -> {
			list.sort(Comparator.comparingInt((Def d) -> d.word.length()).reversed());
			DEFS.put(k, list.toArray(Def[]::new));
		});
	}

	private static void money(List<Def> defs, Unit unit, List<String> words) {
		for (String w : words) {
			defs.add(new Def(w, unit, null, null));
			CURRENCY_WORDS.put(w, unit);
		}
	}

}
