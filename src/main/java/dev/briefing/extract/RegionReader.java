package dev.briefing.extract;

/**
 * Reads the region a figure is about from the region names before it ({@code 经开区},
 * {@code 我省}, {@code 全国}), passing over those named only as a frame of comparison, and
 * from the body that published it: a national ministry, bureau or association
 * ({@code 国家统计局}, {@code 人民银行}, {@code 工业和信息化部}) publishes national figures unless a
 * region is named.
 */
final class RegionReader {

	static final String NATIONAL = "全国";

	private final Vocabulary vocabulary;

	RegionReader(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * The last region named in {@code [from, to)}, passing over one named as a frame of
	 * comparison: in {@code 我省增速高于全国}, {@code 在全市排名第5} or {@code 升至全市第5位} the figure is
	 * not the country's or the city's.
	 */
	String last(TextView v, KeywordIndex.Hits hits, int from, int to) {
		String region = null;
		for (int h = Classifier.firstEndingAfter(hits, from); h < hits.size && hits.end[h] <= to; h++) {
			String r = vocabulary.roles[hits.word[h]].region;
			if (r != null && hits.start[h] >= from && !isFrame(v, hits.start[h])) {
				region = r;
			}
		}
		return region;
	}

	private static boolean isFrame(TextView v, int start) {
		char before = v.at(start - 1);
		return before == '于' || before == '比' || before == '较' || before == '居' || before == '在' || before == '列'
				|| before == '占' || before == '与' || before == '和' || before == '至' || before == '名';
	}

	/** Whether a national body stands in {@code [from, to)} as the source of figures. */
	boolean nationalSource(TextView v, KeywordIndex.Hits hits, int from, int to) {
		for (int h = Classifier.firstEndingAfter(hits, from); h < hits.size && hits.end[h] <= to; h++) {
			if (vocabulary.roles[hits.word[h]].national && hits.start[h] >= from && !branchFollows(v, hits.end[h])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 人民银行郑州中心支行, 国家税务总局郑州经济技术开发区税务局: a local branch of the national body; 人社部门, 财政部门: a
	 * kind of office, not the ministry.
	 */
	private static boolean branchFollows(TextView v, int end) {
		if (v.at(end) == '门') {
			return true;
		}
		for (int p = end; p < Math.min(v.n, end + 12); p++) {
			char ch = v.c[p];
			if (Bounds.endsClause(ch) || NumeralParser.isAsciiDigit(ch)) {
				return false;
			}
			if ("省市县区州".indexOf(ch) >= 0 || v.startsWith(p, "分行") || v.startsWith(p, "支行") || v.startsWith(p, "分局")
					|| v.startsWith(p, "调查队")) {
				return true;
			}
		}
		return false;
	}

}
