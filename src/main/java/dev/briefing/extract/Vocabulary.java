package dev.briefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.config.BriefingConfig;

/**
 * Every word the extractor looks for around a figure, in one automaton: category
 * keywords, catalog triggers and exclusions, region names and fixed phrases that are not
 * quantities.
 */
final class Vocabulary {

	/** What a word means; one word may play several roles. */
	static final class Role {

		Category category;

		double weight;

		final List<Integer> triggerOf = new ArrayList<>();

		/**
		 * {@link #triggerOf} as a set, to tell quickly whether two words trigger a common
		 * entry.
		 */
		final java.util.BitSet entries = new java.util.BitSet();

		/** The entries (by index) this word stops matching. */
		final java.util.BitSet excludes = new java.util.BitSet();

		/**
		 * The category comes from a catalog trigger, not from category-words.tsv (shown
		 * by {@code extract --explain}).
		 */
		boolean byTrigger;

		String region;

		boolean stop;

		/** A national body whose figures are the country's ({@code 国家统计局}). */
		boolean national;

		/**
		 * The survey this word names ({@code 中小企业}, {@code PMI}), whose sub-indices
		 * follow it.
		 */
		Category family;

		/**
		 * A sub-index several surveys share ({@code 生产指数}): its category is its survey's.
		 */
		boolean sharedIndex;

	}

	/** Ministries, bureaus and associations that publish national statistics. */
	private static final String[] NATIONAL_BODIES = WordLists.words("national-bodies");

	/**
	 * Sub-indices that both the SME survey and the purchasing managers' survey report.
	 */
	private static final String[] SHARED_INDICES = WordLists.words("shared-indices");

	final KeywordIndex index;

	final Role[] roles;

	Vocabulary(IndicatorCatalog catalog, BriefingConfig.Region region) {
		Map<String, Role> map = new LinkedHashMap<>();
		CategoryWords.forEach((word, category, weight) -> {
			Role r = map.computeIfAbsent(word, k -> new Role());
			if (r.category == null || weight > r.weight) {
				r.category = category;
				r.weight = weight;
			}
		});
		List<Indicator> indicators = catalog.indicators();
		for (int k = 0; k < indicators.size(); k++) {
			Indicator ind = indicators.get(k);
			for (String t : ind.triggers()) {
				Role r = map.computeIfAbsent(normalize(t), x -> new Role());
				r.triggerOf.add(k);
				r.entries.set(k);
				// a long trigger names its subject as well as a category keyword does; a
				// rank's names only its frame
				if (r.category == null && t.length() >= 3 && ind.category() != Category.OTHER
						&& ind.unit() != Unit.RANK) {
					r.category = ind.category();
					r.weight = 0.8;
					r.byTrigger = true;
				}
			}
			for (String x : ind.exclude()) {
				map.computeIfAbsent(normalize(x), y -> new Role()).excludes.set(k);
			}
		}
		if (region != null) {
			regionWord(map, region.zone(), region.zone());
			if (region.zoneAliases() != null) {
				region.zoneAliases().forEach(a -> regionWord(map, a, region.zone()));
			}
			for (String w : WordLists.words("zone-words")) {
				regionWord(map, w, region.zone());
			}
			if (region.city() != null) {
				regionWord(map, region.city(), region.city());
				for (String w : WordLists.words("city-words")) {
					regionWord(map, w, region.city());
				}
			}
			if (region.province() != null) {
				regionWord(map, region.province(), region.province());
				for (String w : WordLists.words("province-words")) {
					regionWord(map, w, region.province());
				}
			}
		}
		for (String p : Regions.PROVINCES) {
			map.computeIfAbsent(p, k -> new Role()).region = p;
		}
		for (String w : WordLists.words("national-words")) {
			regionWord(map, w, "全国");
		}
		for (String w : NATIONAL_BODIES) {
			map.computeIfAbsent(w, k -> new Role()).national = true;
		}
		for (String w : SHARED_INDICES) {
			Role r = map.computeIfAbsent(w, k -> new Role());
			r.sharedIndex = true;
			if (r.category == null) {
				r.category = Category.MACRO;
				r.weight = 1;
			}
		}
		for (String w : WordLists.words("sme-survey-words")) {
			map.computeIfAbsent(w, k -> new Role()).family = Category.SME_INDEX;
		}
		for (String w : WordLists.words("macro-survey-words")) {
			map.computeIfAbsent(w, k -> new Role()).family = Category.MACRO;
		}
		for (String s : StopPhrases.ALL) {
			map.computeIfAbsent(s, k -> new Role()).stop = true;
		}
		index = new KeywordIndex(new ArrayList<>(map.keySet()));
		roles = map.values().toArray(Role[]::new);
	}

	static String normalize(String word) {
		TextView v = TextView.of(word);
		return v.slice(0, v.n);
	}

	private static void regionWord(Map<String, Role> map, String word, String name) {
		if (word != null && !word.isBlank()) {
			map.computeIfAbsent(word, k -> new Role()).region = name;
		}
	}

}
