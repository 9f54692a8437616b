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
	private static final String[] NATIONAL_BODIES = { "国家统计局", "工业和信息化部", "工信部", "中国人民银行", "人民银行", "央行", "海关总署", "商务部",
			"财政部", "国家外汇管理局", "外汇局", "市场监管总局", "国家市场监督管理总局", "人力资源和社会保障部", "人力资源社会保障部", "人社部", "国家发展改革委", "国家发展和改革委员会",
			"国家发改委", "国家税务总局", "税务总局", "中国中小企业协会", "中国物流与采购联合会", "国务院新闻办公室", "国新办", "国家能源局", "交通运输部", "农业农村部",
			"住房和城乡建设部", "文化和旅游部", "国家邮政局", "国家金融监督管理总局", "金融监管总局", "中国证监会", "证监会", "国家知识产权局", "国务院国资委", "中国汽车工业协会",
			"中汽协", "国家统计局服务业调查中心" };

	/**
	 * Sub-indices that both the SME survey and the purchasing managers' survey report.
	 */
	private static final String[] SHARED_INDICES = { "生产指数", "新订单指数", "国内订单指数", "出口订单指数", "就业指数", "销售指数", "用工指数",
			"从业人员指数", "新出口订单指数", "进口指数", "原材料购进价格指数", "主要原材料购进价格指数", "购进价格指数", "出厂价格指数", "产成品库存指数", "原材料库存指数",
			"供应商配送时间指数", "采购量指数", "在手订单指数", "经营活动预期指数", "生产经营活动预期指数", "业务活动预期指数", "销售价格指数", "荣枯线", "临界点", "扩张区间",
			"收缩区间" };

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
		for (String w : new String[] { "中小企业", "中小微企业" }) {
			map.computeIfAbsent(w, k -> new Role()).family = Category.SME_INDEX;
		}
		for (String w : new String[] { "采购经理指数", "采购经理", "PMI", "非制造业" }) {
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
