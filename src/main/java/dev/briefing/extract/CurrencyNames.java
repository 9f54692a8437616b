package dev.briefing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the unit table says about currencies in a text, beyond the names read after a
 * number ({@link MeasureWords}): the signs written before a number ({@code $},
 * {@code HK$}, {@code €}), the names that may stand before an amount in 元
 * ({@code 港币2000元}), and which currency a name several share ({@code 克朗}) means: that of
 * the country named last before it within its paragraph ({@code 挪威} … {@code 克朗} is NOK),
 * else the table's choice.
 */
final class CurrencyNames {

	private CurrencyNames() {
	}

	/** How far back a country named before a bare currency name still holds. */
	private static final int COUNTRY_REACH = 400;

	/** Signs by their last character, longest first. */
	private static final Map<Character, List<Map.Entry<String, Unit>>> SIGNS = new HashMap<>();

	/** Names of one currency (two characters or more) by their last character. */
	private static final Map<Character, List<Map.Entry<String, Unit>>> NAMES = new HashMap<>();

	/**
	 * Per bare name, the country words of the currencies sharing it ({@code 挪威} → NOK).
	 */
	private static final Map<String, Map<String, Unit>> COUNTRIES = new HashMap<>();

	static {
		for (Unit u : Unit.currencies()) {
			for (String s : u.signs()) {
				byLast(SIGNS, s, u);
			}
			for (String f : u.forms()) {
				if (f.length() >= 2 && !f.startsWith("元")) {
					byLast(NAMES, f, u);
				}
			}
		}
		SIGNS.values().forEach(l -> l.sort((a, b) -> b.getKey().length() - a.getKey().length()));
		NAMES.values().forEach(l -> l.sort((a, b) -> b.getKey().length() - a.getKey().length()));
		for (String bare : MeasureWords.BARE_NAMES.keySet()) {
			Map<String, Unit> countries = new LinkedHashMap<>();
			for (Unit u : Unit.currencies()) {
				for (String f : u.forms()) {
					if (f.endsWith(bare) && f.length() > bare.length()) {
						countries.putIfAbsent(f.substring(0, f.length() - bare.length()), u);
					}
				}
			}
			COUNTRIES.put(bare, countries);
		}
	}

	private static void byLast(Map<Character, List<Map.Entry<String, Unit>>> map, String word, Unit u) {
		map.computeIfAbsent(word.charAt(word.length() - 1), k -> new ArrayList<>()).add(Map.entry(word, u));
	}

	/**
	 * Whether a currency's name starts at {@code k}: 百慕大元, 多米尼加比索 and 几内亚法郎 start with
	 * characters a number may go on with.
	 */
	static boolean nameStartsAt(TextView v, int k) {
		MeasureWords.Def[] defs = MeasureWords.DEFS.get(v.at(k));
		if (defs == null) {
			return false;
		}
		for (MeasureWords.Def d : defs) {
			if (d.unit().isMoney() && d.word().length() >= 3 && v.startsWith(k, d.word())) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code ch} ends a currency sign. */
	static boolean endsSign(char ch) {
		return SIGNS.containsKey(ch);
	}

	/**
	 * The currency whose sign ends just before {@code i} ({@code HK$}, {@code €}), or
	 * null.
	 */
	static Unit signBefore(TextView v, int i) {
		List<Map.Entry<String, Unit>> l = SIGNS.get(v.at(i - 1));
		if (l == null) {
			return null;
		}
		for (Map.Entry<String, Unit> e : l) {
			String s = e.getKey();
			if (v.endsWith(i, s) && (s.length() == 1 || !TextView.isAsciiAlnum(v.at(i - s.length() - 1)))) {
				return e.getValue();
			}
		}
		return null;
	}

	/**
	 * The currency named just before {@code i} ({@code 人民币 50元}, {@code 港币2000元}), or by
	 * a sign, or null.
	 */
	static Unit nameBefore(TextView v, int i) {
		List<Map.Entry<String, Unit>> l = NAMES.get(v.at(i - 1));
		if (l != null) {
			for (Map.Entry<String, Unit> e : l) {
				if (v.endsWith(i, e.getKey())) {
					return e.getValue();
				}
			}
		}
		return signBefore(v, i);
	}

	/**
	 * The currency of a name starting at {@code k} right after 元 ({@code 元人民币}), or null.
	 */
	static Map.Entry<String, Unit> nameAt(TextView v, int k) {
		MeasureWords.Def[] defs = MeasureWords.DEFS.get(v.at(k));
		if (defs == null) {
			return null;
		}
		for (MeasureWords.Def d : defs) {
			if (d.unit().isMoney() && d.word().length() >= 2 && !d.word().startsWith("元") && v.startsWith(k, d.word())
					&& !MeasureWords.BARE_NAMES.containsKey(d.word())) {
				return Map.entry(d.word(), d.unit());
			}
		}
		return null;
	}

	/**
	 * The currency a bare name at {@code at} means: that of the country named nearest
	 * before it within its paragraph, else the table's choice.
	 */
	static Unit bare(TextView v, String name, int at) {
		Map<String, Unit> countries = COUNTRIES.get(name);
		int from = Math.max(0, at - COUNTRY_REACH);
		for (int p = at; p > from; p--) {
			char ch = v.c[p - 1];
			if (ch == '\n') {
				break;
			}
			for (Map.Entry<String, Unit> c : countries.entrySet()) {
				String country = c.getKey();
				if (country.charAt(country.length() - 1) == ch && v.endsWith(p, country)) {
					return c.getValue();
				}
			}
		}
		return MeasureWords.BARE_NAMES.get(name);
	}

}
