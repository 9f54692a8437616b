package dev.briefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.briefing.config.BriefingConfig;

/**
 * Every word the extractor looks for around a figure, in one automaton: category keywords, catalog
 * triggers and exclusions, region names and fixed phrases that are not quantities.
 */
final class Vocabulary {

	/** What a word means; one word may play several roles. */
	static final class Role {

		Category category;

		double weight;

		final List<Integer> triggerOf = new ArrayList<>();

		boolean exclusion;

		String region;

		boolean stop;
	}

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
				// a long trigger names its subject as well as a category keyword does
				if (r.category == null && t.length() >= 3 && ind.category() != Category.OTHER) {
					r.category = ind.category();
					r.weight = 0.8;
				}
			}
			for (String x : ind.exclude()) {
				map.computeIfAbsent(normalize(x), y -> new Role()).exclusion = true;
			}
		}
		if (region != null) {
			regionWord(map, region.zone(), region.zone());
			if (region.zoneAliases() != null) {
				region.zoneAliases().forEach(a -> regionWord(map, a, region.zone()));
			}
			for (String w : new String[] { "我区", "本区", "全区" }) {
				regionWord(map, w, region.zone());
			}
			if (region.city() != null) {
				regionWord(map, region.city(), region.city());
				for (String w : new String[] { "我市", "本市", "全市" }) {
					regionWord(map, w, region.city());
				}
			}
			if (region.province() != null) {
				regionWord(map, region.province(), region.province());
				for (String w : new String[] { "我省", "本省", "全省" }) {
					regionWord(map, w, region.province());
				}
			}
		}
		for (String p : Regions.PROVINCES) {
			map.computeIfAbsent(p, k -> new Role()).region = p;
		}
		for (String w : new String[] { "全国", "我国", "国内", "全国各地" }) {
			regionWord(map, w, "全国");
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
