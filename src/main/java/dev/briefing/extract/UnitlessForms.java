package dev.briefing.extract;

import java.math.BigDecimal;

/**
 * Numbers that are quantities without a unit of their own, or that look like quantities
 * and are not: index levels after 指数, multiples after 倍数, amounts in 万/亿 where the clause
 * is about money, ranks after 第, and numbers inside short quoted names.
 */
final class UnitlessForms {

	private UnitlessForms() {
	}

	private static final String[] MONEY_CONTEXT = WordLists.words("money-context");

	/** Nouns of money that name an amount in 万 or 亿 written before them without 元. */
	private static final String[] MONEY_AFTER = WordLists.words("money-after");

	/**
	 * What may follow an amount a money word names besides the end of a phrase:
	 * 总投资50亿的项目.
	 */
	private static final String[] MONEY_AMOUNT_ENDS = WordLists.words("money-amount-ends");

	private static boolean startsAny(TextView v, int k, String[] words) {
		for (String w : words) {
			if (v.startsWith(k, w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Nouns of counted things and the measure word they stand for: 新增经营主体1.2万 are 12,000
	 * 户.
	 */
	private static final String[][] COUNT_CONTEXT = WordLists.pairs("count-context");

	/**
	 * The measure word of a count in 万 or 亿 written without one, where a counted noun
	 * stands before it.
	 */
	static String countContext(TextView v, int start, Numeral num) {
		if (num.multiplierExp < 4 || !endsPhrase(v.at(num.end))) {
			return null;
		}
		int from = Math.max(0, start - 10);
		for (int p = start; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				return null;
			}
			for (String[] w : COUNT_CONTEXT) {
				if (v.endsWith(p, w[0])) {
					return w[1];
				}
			}
		}
		return null;
	}

	private static boolean endsPhrase(char after) {
		return after == ',' || after == '。' || after == ';' || after == '、' || after == ')' || after == '\0'
				|| after == '\n' || after == ' ';
	}

	/**
	 * 营收12.5亿, 融资1600万: an amount without 元 where the words around it are about money.
	 */
	static boolean isMoneyContext(TextView v, int start, Numeral num) {
		int after = v.at(num.end) == '的' ? num.end + 1 : num.end;
		for (String w : MONEY_AFTER) {
			if (v.startsWith(after, w)) {
				// 一笔500万贷款, 15亿的投资收益, 1.6万亿的直达资金
				return true;
			}
		}
		if (!endsPhrase(v.at(num.end)) && !startsAny(v, num.end, MONEY_AMOUNT_ENDS)) {
			return false;
		}
		int from = Math.max(0, start - 12);
		for (int p = start; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				return false;
			}
			for (String w : MONEY_CONTEXT) {
				if (v.endsWith(p, w)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * 创五个月新高, 创3年来新低: a span that says how long a record reaches back, no figure of its
	 * own.
	 */
	static boolean isRecordSpan(TextView v, int start, UnitReader.Match u) {
		if (u.unit() != Unit.MONTH && u.unit() != Unit.YEAR && u.unit() != Unit.DAY && u.unit() != Unit.QUARTER) {
			return false;
		}
		int k = u.end();
		if (v.at(k) == '来' || v.at(k) == '内') {
			k++;
		}
		else if (v.startsWith(k, "以来")) {
			k += 2;
		}
		boolean record = v.startsWith(k, "新高") || v.startsWith(k, "新低") || v.startsWith(k, "最高")
				|| v.startsWith(k, "最低") || v.startsWith(k, "高点") || v.startsWith(k, "低点");
		return record && (v.at(start - 1) == '创' || v.endsWith(start, "创出") || v.endsWith(start, "创下"));
	}

	/** 全场倍数3.5, 认购倍数为2.87: a multiple without 倍. */
	static boolean isMultiple(TextView v, int i, Numeral num) {
		if (num.chinese || num.plainInteger && num.digits >= 4) {
			return false;
		}
		int p = i;
		if (v.at(p - 1) == '为' || v.at(p - 1) == '达') {
			p--;
		}
		return v.endsWith(p, "倍数") && !Character.isLetterOrDigit(v.at(num.end)) && v.at(num.end) != '.';
	}

	/** 指数为89.2, PMI 50.1, 上证指数报3300.52: an index level without unit. */
	static boolean isIndexLevel(TextView v, int i, Numeral num) {
		if (num.chinese || num.plainInteger && num.digits == 4 && num.value.intValue() >= 1900) {
			return false;
		}
		if (num.value.compareTo(BigDecimal.TEN) < 0 && num.value.scale() <= 0) {
			return false;
		}
		char after = v.at(num.end);
		if ("年月日号时季期周个位届次名家项条点岁度天万亿".indexOf(after) >= 0) {
			return false;
		}
		// 指数为105.8、105.1和92.6; 宏观经济感受指数，97.9，97.6 in a table row: the words before the
		// first hold
		int head = listHead(v, i);
		int from = Math.max(0, head - 14);
		for (int p = head; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' && p == head && endsIndexName(v, p - 1)) {
				return true;
			}
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n' || ch == '、') {
				return false;
			}
			if (endsIndexName(v, p)) {
				return true;
			}
		}
		return false;
	}

	static boolean endsIndexName(TextView v, int p) {
		return v.endsWith(p, "指数") || v.endsWith(p, "PMI") || v.endsWith(p, "SMEDI") || v.endsWith(p, "指数值")
				|| v.endsWith(p, "中间价");
	}

	/**
	 * The start of the first of the bare numbers listed before {@code i}
	 * (105.8、105.1和92.6 or 97.9,97.6).
	 */
	static int listHead(TextView v, int i) {
		int s = i;
		for (int guard = 0; guard < 12; guard++) {
			char sep = v.at(s - 1);
			if (sep != '、' && sep != '和' && sep != ',') {
				break;
			}
			int q = s - 1;
			while (q > 0 && s - 1 - q < 10
					&& (NumeralParser.isAsciiDigit(v.at(q - 1)) || v.at(q - 1) == '.' || v.at(q - 1) == '-')) {
				q--;
			}
			if (q == s - 1 || !NumeralParser.isAsciiDigit(v.at(q)) && v.at(q) != '-') {
				break;
			}
			s = q;
		}
		return s;
	}

	private static final String[] RANK_CONTEXT = WordLists.words("rank-context");

	/** 排名第5, 居全国第3位: the end of the rank after 第, else -1; not 第一巡察组, 第3版, 第十二条. */
	static int rankEnd(TextView v, int i, Numeral num) {
		int end = num.end;
		char after = v.at(end);
		if (after == '位' || after == '名') {
			end++;
		}
		else if (after == '大' && v.at(end + 1) >= 0x4e00 && "道街队学会院厦楼桥类".indexOf(v.at(end + 1)) < 0) {
			// 第二大出口市场, 全球第三大经济体: the rank is in the words
			return end + 1;
		}
		else if (after >= 0x4e00 && after <= 0x9fff && after != '的') {
			return -1;
		}
		// 居全国第9位、中部地区第1位: a rank after another in a list shares its words
		int from = Math.max(0, i - (listedRank(v, i) ? 24 : 10));
		for (int p = i - 1; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				return -1;
			}
			for (String w : RANK_CONTEXT) {
				if (v.endsWith(p, w)) {
					return end;
				}
			}
		}
		return -1;
	}

	/**
	 * Whether a rank ({@code 第N位、}) stands shortly before {@code i} in the same clause.
	 */
	private static boolean listedRank(TextView v, int i) {
		for (int p = i - 2; p > Math.max(0, i - 14); p--) {
			char ch = v.at(p);
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				return false;
			}
			if (ch == '、' && (v.at(p - 1) == '位' || v.at(p - 1) == '名')) {
				return true;
			}
		}
		return false;
	}

	/**
	 * “两张清单”: a number inside a short quoted phrase is a name, unless it is money or a
	 * percentage.
	 */
	static boolean isQuotedPhrase(TextView v, int i, Numeral num, UnitReader.Match u) {
		char p = v.at(i - 1);
		if (p != '“' && p != '"' && p != '「') {
			return false;
		}
		if (u != null && (u.unit().isMoney() || u.unit() == Unit.PERCENT)) {
			return false;
		}
		for (int k = num.end; k < Math.min(v.n, num.end + 7); k++) {
			char ch = v.c[k];
			if (ch == '”' || ch == '"' || ch == '」') {
				return true;
			}
		}
		return false;
	}

}
