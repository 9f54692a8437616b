package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * Reads the unit that follows a number: currencies (元, 亿美元, 港币 …), %, 个百分点, 基点, 倍, 成,
 * index points, durations (个月, 天, 期限为N年) and counts with their measure word (家, 户, 万人 …).
 */
final class UnitReader {

	/**
	 * A unit read after a number.
	 *
	 * @param shift decimal places to move the value (‰ −1, 成 +1)
	 * @param add an amount to add (角 and 分 after 元), or null
	 * @param over 多 or 余 stood between number and unit
	 */
	record Match(Unit unit, String counter, int end, int shift, BigDecimal add, boolean over) {
	}

	private UnitReader() {
	}

	/**
	 * Reads the unit at {@code j}, just after the number {@code num}; {@code start} is
	 * where the number (with its qualifiers) starts, for units that depend on what stands
	 * before (年, 点, 成).
	 */
	static Match read(TextView v, int j, Numeral num, int start) {
		boolean over = false;
		int k = j;
		if (v.startsWith(k, "(含)")) {
			k += 3;
		}
		char ch = v.at(k);
		if ((ch == '多' || ch == '余' || ch == '几') && !v.startsWith(k + 1, "个百分点") && v.at(k + 1) != '%'
				&& !CurrencyNames.nameStartsAt(v, k)) {
			over = true;
			k++;
			ch = v.at(k);
		}
		else if (ch == '来' && v.at(k + 1) == '个') {
			k++;
			ch = v.at(k);
		}
		MeasureWords.Def[] defs = MeasureWords.DEFS.get(ch);
		if (defs != null) {
			for (MeasureWords.Def d : defs) {
				if (!v.startsWith(k, d.word())) {
					continue;
				}
				int end = k + d.word().length();
				if (d.unit() == Unit.DAY && v.at(end) == '期' && ContextUnits.bondAhead(v, end + 1)) {
					// 91天期贴现国债; 7天期逆回购 names an instrument
					return new Match(Unit.DAY, null, end + 1, 0, null, over);
				}
				if (d.notBefore() != null && d.notBefore().indexOf(v.at(end)) >= 0) {
					return null;
				}
				if ("期".equals(d.counter()) && (num.chinese || num.multiplierExp > 0)) {
					// 分4期发行; 二十三期, 三期工程 name an issue or a phase
					return null;
				}
				if (d.word().equals("次") && (v.startsWith(end, "会议") || v.startsWith(end, "全会")
						|| v.startsWith(end, "大会") || v.startsWith(end, "全体会议") || v.startsWith(end, "常委会"))) {
					return null;
				}
				if (d.unit().isMoney()) {
					Unit currency = MeasureWords.BARE_NAMES.containsKey(d.word()) ? CurrencyNames.bare(v, d.word(), k)
							: d.unit();
					return money(v, end, currency, over);
				}
				if (d.word().equals("‰")) {
					return new Match(Unit.PERCENT, null, end, -1, null, over);
				}
				if (d.unit() == Unit.COUNT && "个".equals(d.counter()) && v.at(end) == '亿') {
					return null;
				}
				if (d.unit() == Unit.MONTH && (v.endsWith(start, "前") || v.endsWith(start, "近")
						|| v.endsWith(start, "后") || v.endsWith(start, "头"))) {
					return null;
				}
				if (d.unit() == Unit.MONTH && d.word().equals("个多月")) {
					over = true;
				}
				if ((d.unit() == Unit.COUNT || d.unit() == Unit.MONTH || d.unit() == Unit.DAY
						|| d.unit() == Unit.QUARTER) && num.chinese && num.value.compareTo(BigDecimal.ONE) == 0
						&& num.multiplierExp == 0) {
					return null;
				}
				return new Match(d.unit(), d.counter(), end, 0, null, over);
			}
		}
		if (!over && (num.multiplierExp > 0 || !num.chinese) && num.value.compareTo(BigDecimal.TEN) >= 0) {
			for (String w : PEOPLE) {
				if (v.startsWith(k, w)) {
					return new Match(Unit.COUNT, "人", j, 0, null, false);
				}
			}
		}
		if (ch == '成') {
			return ContextUnits.cheng(v, k, num, over);
		}
		if (ch == '度' && num.multiplierExp >= 4) {
			return new Match(Unit.COUNT, "度", k + 1, 0, null, over);
		}
		if (ch == '点') {
			return ContextUnits.point(v, k, start, over);
		}
		if (ch == '年') {
			return ContextUnits.year(v, k, start, num, over);
		}
		return null;
	}

	/** Nouns for people that stand for the measure word: 266.2万农村群众 are 2,662,000 人. */
	private static final String[] PEOPLE = WordLists.words("people-nouns");

	private static Match money(TextView v, int end, Unit unit, boolean over) {
		int k = end;
		if (unit == Unit.CNY && (v.at(end - 1) == '元' || v.at(end - 1) == '圆' || v.at(end - 1) == '块')) {
			java.util.Map.Entry<String, Unit> named = CurrencyNames.nameAt(v, k);
			if (named != null) {
				// 50元人民币, 100元港币
				return new Match(named.getValue(), null, k + named.getKey().length(), 0, null, over);
			}
			BigDecimal add = null;
			int d = subunitDigit(v, k);
			if (d >= 0 && (v.at(k + 1) == '角' || v.at(k + 1) == '毛')) {
				add = BigDecimal.valueOf(d, 1);
				k += 2;
				d = subunitDigit(v, k);
			}
			if (d >= 0 && v.at(k + 1) == '分') {
				add = (add == null ? BigDecimal.ZERO : add).add(BigDecimal.valueOf(d, 2));
				k += 2;
			}
			if (add != null && v.at(k) == '钱') {
				k++;
			}
			if (v.at(k) == '整' || v.at(k) == '正') {
				k++;
			}
			return new Match(unit, null, k, 0, add, over);
		}
		if (unit == Unit.USD) {
			int p = v.at(k) == '又' || v.at(k) == '零' ? k + 1 : k;
			int d = subunitDigit(v, p);
			if (d > 0 && v.startsWith(p + 1, "美分")) {
				return new Match(unit, null, p + 3, 0, BigDecimal.valueOf(d, 2), over);
			}
		}
		return new Match(unit, null, k, 0, null, over);
	}

	private static int subunitDigit(TextView v, int k) {
		char ch = v.at(k);
		if (ch >= '0' && ch <= '9') {
			return NumeralParser.isAsciiDigit(v.at(k + 1)) ? -1 : ch - '0';
		}
		int d = NumeralParser.digit(ch);
		return d == 0 ? -1 : d;
	}

}
