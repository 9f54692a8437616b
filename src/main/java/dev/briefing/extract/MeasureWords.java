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
 * count).
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
		count(defs, "标箱", "千瓦时", "千瓦", "兆瓦", "吉瓦", "平方米", "平方公里", "立方米", "公顷", "公里", "千米", "千克", "公斤", "吨", "盎司", "TEU",
				"人次", "户次", "架次", "车次", "班次", "项次", "场次", "件次", "批次", "标准箱", "平米", "平方千米", "GWh", "TWh", "kWh", "GW",
				"MW", "kW", "桶", "斤", "小时");
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
		defs.add(new Def("期", Unit.COUNT, "期", "间末满货刊内中初权待望限"));
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

	private static void count(List<Def> defs, String... words) {
		for (String w : words) {
			defs.add(new Def(w, Unit.COUNT, w, null));
		}
	}

}
