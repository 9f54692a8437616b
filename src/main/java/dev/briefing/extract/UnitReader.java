package dev.briefing.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the unit that follows a number: currencies (元, 亿美元, 港币 …), %, 个百分点, 基点, 倍, 成, index
 * points, durations (个月, 天, 期限为N年) and counts with their measure word (家, 户, 万人 …).
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

	private record Def(String word, Unit unit, String counter, String notBefore) {
	}

	private static final Map<Character, Def[]> DEFS = new HashMap<>();

	private static final Map<String, Unit> CURRENCY_WORDS = new HashMap<>();

	static {
		List<Def> defs = new ArrayList<>();
		money(defs, Unit.CNY, "元", "圆", "块钱", "块", "元钱", "人民币", "元人民币");
		money(defs, Unit.USD, "美元", "美金", "美圆");
		money(defs, Unit.HKD, "港元", "港币");
		money(defs, Unit.EUR, "欧元");
		money(defs, Unit.JPY, "日元", "日币");
		money(defs, Unit.GBP, "英镑");
		money(defs, Unit.AUD, "澳元");
		money(defs, Unit.CAD, "加元");
		money(defs, Unit.CHF, "瑞士法郎");
		money(defs, Unit.KRW, "韩元");
		money(defs, Unit.TWD, "新台币", "台币");
		money(defs, Unit.RUB, "卢布");
		money(defs, Unit.THB, "泰铢");
		money(defs, Unit.SGD, "新加坡元");
		money(defs, Unit.MOP, "澳门元", "澳门币");
		money(defs, Unit.INR, "卢比");
		money(defs, Unit.NZD, "新西兰元");
		defs.add(new Def("%", Unit.PERCENT, null, null));
		defs.add(new Def("‰", Unit.PERCENT, null, null));
		defs.add(new Def("个百分点", Unit.PERCENT_POINT, null, null));
		defs.add(new Def("百分点", Unit.PERCENT_POINT, null, null));
		defs.add(new Def("个基点", Unit.BASIS_POINT, null, null));
		defs.add(new Def("基点", Unit.BASIS_POINT, null, null));
		defs.add(new Def("bps", Unit.BASIS_POINT, null, null));
		defs.add(new Def("bp", Unit.BASIS_POINT, null, null));
		defs.add(new Def("BP", Unit.BASIS_POINT, null, null));
		defs.add(new Def("倍", Unit.TIMES, null, null));
		defs.add(new Def("个点", Unit.POINT, null, null));
		defs.add(new Def("个月", Unit.MONTH, null, null));
		defs.add(new Def("个多月", Unit.MONTH, null, null));
		defs.add(new Def("个季度", Unit.QUARTER, null, null));
		defs.add(new Def("个工作日", Unit.DAY, null, null));
		defs.add(new Def("个交易日", Unit.DAY, null, null));
		defs.add(new Def("天", Unit.DAY, null, "津下逆回期存国然气"));
		count(defs, "标箱", "千瓦时", "千瓦", "兆瓦", "吉瓦", "平方米", "平方公里", "立方米", "公顷", "公里", "千米", "千克",
				"公斤", "吨", "TEU", "人次", "户次", "架次", "车次", "班次", "项次", "场次", "件次", "批次", "标准箱", "平米",
				"平方千米", "GWh", "TWh", "kWh", "GW", "MW", "kW", "桶");
		defs.add(new Def("股", Unit.COUNT, "股", "东权票价市民份"));
		defs.add(new Def("家", Unit.COUNT, "家", "庭长属乡具园族人里门"));
		defs.add(new Def("户", Unit.COUNT, "户", "口籍型外"));
		defs.add(new Def("个", Unit.COUNT, "个", "体性税别案"));
		defs.add(new Def("项", Unit.COUNT, "项", null));
		defs.add(new Def("笔", Unit.COUNT, "笔", "者记"));
		defs.add(new Def("份", Unit.COUNT, "份", "额"));
		defs.add(new Def("人", Unit.COUNT, "人", "民均士才大工造"));
		defs.add(new Def("名", Unit.COUNT, "名", "单称字义牌额录片"));
		defs.add(new Def("位", Unit.COUNT, "位", "于置列数居"));
		defs.add(new Def("套", Unit.COUNT, "套", null));
		defs.add(new Def("条", Unit.COUNT, "条", "件例款线"));
		defs.add(new Def("辆", Unit.COUNT, "辆", null));
		defs.add(new Def("台", Unit.COUNT, "台", "湾阶账"));
		defs.add(new Def("件", Unit.COUNT, "件", null));
		defs.add(new Def("次", Unit.COUNT, "次", "日年月"));
		defs.add(new Def("批", Unit.COUNT, "批", "准复"));
		defs.add(new Def("场", Unit.COUNT, "场", "所景"));
		defs.add(new Def("所", Unit.COUNT, "所", "有得以在属"));
		defs.add(new Def("座", Unit.COUNT, "座", null));
		defs.add(new Def("张", Unit.COUNT, "张", null));
		defs.add(new Def("亩", Unit.COUNT, "亩", null));
		defs.add(new Def("艘", Unit.COUNT, "艘", null));
		defs.add(new Def("架", Unit.COUNT, "架", "构"));
		defs.add(new Def("只", Unit.COUNT, "只", "有是要能"));
		defs.add(new Def("头", Unit.COUNT, "头", "部"));
		defs.add(new Def("株", Unit.COUNT, "株", null));
		defs.add(new Def("棵", Unit.COUNT, "棵", null));
		defs.add(new Def("宗", Unit.COUNT, "宗", "旨教"));
		defs.add(new Def("单", Unit.COUNT, "单", "位元独一"));
		defs.add(new Def("例", Unit.COUNT, "例", "如"));
		defs.add(new Def("起", Unit.COUNT, "起", "来步点草"));
		defs.add(new Def("处", Unit.COUNT, "处", "理于长置"));
		defs.add(new Def("支", Unit.COUNT, "支", "持付出柱撑"));
		defs.add(new Def("款", Unit.COUNT, "款", "项"));
		defs.add(new Def("部", Unit.COUNT, "部", "门分署长委"));
		defs.add(new Def("栋", Unit.COUNT, "栋", null));
		defs.add(new Def("幢", Unit.COUNT, "幢", null));
		defs.add(new Def("趟", Unit.COUNT, "趟", null));
		defs.add(new Def("列", Unit.COUNT, "列", "入车"));
		defs.add(new Def("间", Unit.COUNT, "间", null));
		Map<Character, List<Def>> grouped = new HashMap<>();
		for (Def d : defs) {
			grouped.computeIfAbsent(d.word.charAt(0), k -> new ArrayList<>()).add(d);
		}
		grouped.forEach((k, list) -> {
			list.sort(Comparator.comparingInt((Def d) -> d.word.length()).reversed());
			DEFS.put(k, list.toArray(Def[]::new));
		});
	}

	private static void money(List<Def> defs, Unit unit, String... words) {
		for (String w : words) {
			defs.add(new Def(w, unit, null, null));
			CURRENCY_WORDS.put(w, unit);
		}
	}

	private static void count(List<Def> defs, String... words) {
		for (String w : words) {
			defs.add(new Def(w, Unit.COUNT, w, null));
		}
	}

	private UnitReader() {
	}

	/** The currency named by a prefix ending just before {@code i} ({@code 人民币 50元}, {@code 港币两千}), or null. */
	static Unit currencyBefore(TextView v, int i) {
		for (String w : new String[] { "人民币", "港币", "新台币", "美元", "日元", "欧元", "英镑" }) {
			if (v.endsWith(i, w)) {
				return CURRENCY_WORDS.get(w);
			}
		}
		char p = v.at(i - 1);
		if (p == '$') {
			return v.endsWith(i, "HK$") ? Unit.HKD : Unit.USD;
		}
		if (p == '¥' || p == '￥') {
			return Unit.CNY;
		}
		if (p == '€') {
			return Unit.EUR;
		}
		if (p == '£') {
			return Unit.GBP;
		}
		return null;
	}

	/**
	 * Reads the unit at {@code j}, just after the number {@code num}; {@code start} is where the number
	 * (with its qualifiers) starts, for units that depend on what stands before (年, 点, 成).
	 */
	static Match read(TextView v, int j, Numeral num, int start) {
		boolean over = false;
		int k = j;
		if (v.startsWith(k, "(含)")) {
			k += 3;
		}
		char ch = v.at(k);
		if ((ch == '多' || ch == '余' || ch == '几') && !v.startsWith(k + 1, "个百分点") && v.at(k + 1) != '%') {
			over = true;
			k++;
			ch = v.at(k);
		}
		else if (ch == '来' && v.at(k + 1) == '个') {
			k++;
			ch = v.at(k);
		}
		Def[] defs = DEFS.get(ch);
		if (defs != null) {
			for (Def d : defs) {
				if (!v.startsWith(k, d.word)) {
					continue;
				}
				int end = k + d.word.length();
				if (d.notBefore != null && d.notBefore.indexOf(v.at(end)) >= 0) {
					return null;
				}
				if (d.word.equals("次") && (v.startsWith(end, "会议") || v.startsWith(end, "全会") || v.startsWith(end, "大会")
						|| v.startsWith(end, "全体会议") || v.startsWith(end, "常委会"))) {
					return null;
				}
				if (d.unit.isMoney()) {
					return money(v, end, d.unit, over);
				}
				if (d.word.equals("‰")) {
					return new Match(Unit.PERCENT, null, end, -1, null, over);
				}
				if (d.unit == Unit.COUNT && "个".equals(d.counter) && v.at(end) == '亿') {
					return null;
				}
				if (d.unit == Unit.MONTH && (v.endsWith(start, "前") || v.endsWith(start, "近") || v.endsWith(start, "后")
						|| v.endsWith(start, "头"))) {
					return null;
				}
				if (d.unit == Unit.MONTH && d.word.equals("个多月")) {
					over = true;
				}
				if ((d.unit == Unit.COUNT || d.unit == Unit.MONTH || d.unit == Unit.DAY || d.unit == Unit.QUARTER)
						&& num.chinese && num.value.compareTo(BigDecimal.ONE) == 0 && num.multiplierExp == 0) {
					return null;
				}
				return new Match(d.unit, d.counter, end, 0, null, over);
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
			return cheng(v, k, num, over);
		}
		if (ch == '度' && num.multiplierExp >= 4) {
			return new Match(Unit.COUNT, "度", k + 1, 0, null, over);
		}
		if (ch == '点') {
			return point(v, k, start, over);
		}
		if (ch == '年') {
			return year(v, k, start, num, over);
		}
		return null;
	}

	/** Nouns for people that stand for the measure word: 266.2万农村群众 are 2,662,000 人. */
	private static final String[] PEOPLE = { "农村群众", "群众", "农民工", "脱贫劳动力", "劳动力", "脱贫人口", "高校毕业生",
			"毕业生", "职工", "员工", "居民", "游客", "旅客", "就业人员", "失业人员", "从业人员", "务工人员", "人口", "农民", "工人",
			"市民", "村民", "技能人才", "人才", "乘客", "观众", "参保人", "老年人", "青年", "用户", "会员", "脱贫群众", "劳动者" };

	private static Match money(TextView v, int end, Unit unit, boolean over) {
		int k = end;
		if (unit == Unit.CNY && (v.at(end - 1) == '元' || v.at(end - 1) == '圆' || v.at(end - 1) == '块')) {
			for (String w : new String[] { "人民币", "欧元", "美元", "港元", "港币", "日元", "日币", "英镑" }) {
				if (v.startsWith(k, w)) {
					return new Match(CURRENCY_WORDS.get(w), null, k + w.length(), 0, null, over);
				}
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

	/** 三成 is 30%; not 一成不变, 成交, 成都 … and never more than ten tenths. */
	private static Match cheng(TextView v, int k, Numeral num, boolean over) {
		if (num.value.compareTo(BigDecimal.TEN) > 0 || num.value.signum() <= 0) {
			return null;
		}
		char next = v.at(k + 1);
		if ("立为交功果员熟长都本绩型品效就年人像色套批片群语事全形材器家份倍千万亿不了本".indexOf(next) >= 0) {
			return null;
		}
		int end = k + 1;
		BigDecimal add = null;
		if (next == '半') {
			add = BigDecimal.valueOf(5);
			end++;
		}
		else if (NumeralParser.digit(next) > 0 && !TextView.isAsciiAlnum(next) && NumeralParser.unitExp(v.at(k + 2)) == 0) {
			add = BigDecimal.valueOf(NumeralParser.digit(next));
			end++;
		}
		return new Match(Unit.PERCENT, null, end, 1, add == null ? null : add.movePointLeft(1), over);
	}

	private static final String[] POINT_CONTEXT = { "指数", "点位", "上涨", "下跌", "上升", "下降", "回升", "回落", "提高",
			"降低", "收于", "报收", "高出", "低于", "涨", "跌", "升", "降", "收报", "报" };

	/** 上升0.2点, 收于3300点; not 8点 (o'clock). */
	private static Match point(TextView v, int k, int start, boolean over) {
		char next = v.at(k + 1);
		if (NumeralParser.isDigitChar(next) || next == '钟' || next == '半' || next == '多' || next == '左' || next == '整'
				|| next == '前' || next == '后' || next == '至' || next == '到' || next == '开' || next == '起') {
			return null;
		}
		int from = Math.max(0, start - 12);
		for (int p = start - 1; p >= from; p--) {
			char ch = v.c[p];
			if (ch == ',' || ch == '。' || ch == ';' || ch == '\n') {
				break;
			}
			for (String w : POINT_CONTEXT) {
				if (v.endsWith(p + 1, w)) {
					return new Match(Unit.POINT, null, k + 1, 0, null, over);
				}
			}
		}
		return null;
	}

	private static final String[] YEAR_CONTEXT = { "期限为", "期限", "为期", "连续", "长达", "历时", "年限", "存续期",
			"期限均为", "延长", "满" };

	private static boolean bondAhead(TextView v, int k) {
		for (int p = k; p < Math.min(v.n, k + 12); p++) {
			char ch = v.c[p];
			if (ch == '债') {
				return true;
			}
			if (ch == ',' || ch == '。' || ch == ';') {
				return false;
			}
		}
		return false;
	}

	/** A year is a duration only where the text says so: 期限为5年, 连续3年, 10年期国债. */
	private static Match year(TextView v, int k, int start, Numeral num, boolean over) {
		if (num.plainInteger && num.digits == 4 || num.value.compareTo(BigDecimal.valueOf(100)) > 0) {
			return null;
		}
		if (v.at(k + 1) == '期') {
			char after = v.at(k + 2);
			if ("债国地专一政品超特固".indexOf(after) >= 0 || "和及、".indexOf(after) >= 0 && bondAhead(v, k + 2)) {
				return new Match(Unit.YEAR, null, k + 2, 0, null, over);
			}
			return null;
		}
		if (v.at(k + 1) == '代' || v.at(k + 1) == '级' || v.at(k + 1) == '度') {
			return null;
		}
		if (num.value.scale() > 0 && !num.chinese) {
			// 13.5年 is no calendar year
			return new Match(Unit.YEAR, null, k + 1, 0, null, over);
		}
		int from = Math.max(0, start - 6);
		for (int p = start; p > from; p--) {
			char ch = v.at(p - 1);
			if (ch == ',' || ch == '。' || ch == ';') {
				break;
			}
			for (String w : YEAR_CONTEXT) {
				if (v.endsWith(p, w)) {
					return new Match(Unit.YEAR, null, k + 1, 0, null, over);
				}
			}
		}
		return null;
	}
}
