package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFingerprintTest {

	private static final String AGENCY = "新华社北京11月28日电（记者陈静）国家统计局28日发布数据显示，1至10月份，全国规模以上工业增加值同比增长5.8%。"
			+ "其中，10月份增长5.3%，比上月加快0.3个百分点。\n分三大门类看，采矿业增加值增长3.6%，制造业增长6.1%，"
			+ "电力、热力、燃气及水生产和供应业增长5.2%。从产品看，新能源汽车、集成电路等产品产量保持较快增长，" + "工业生产总体平稳、稳中有进，企业预期持续改善。";

	private static ArticleFingerprint of(String text) {
		return ArticleFingerprint.of(new Article("a.txt", 1, null, null, null, null, text));
	}

	@Test
	void theSameArticleWithAnotherBylineAndPunctuationIsAnExactDuplicate() {
		String reprint = AGENCY.replace("新华社北京11月28日电（记者陈静）", "据新华社北京11月28日电 ").replace("，", ",").replace("。", ". ");

		ArticleFingerprint a = of(AGENCY);
		ArticleFingerprint b = of(reprint);

		assertThat(b.exactKey()).isEqualTo(a.exactKey());
		assertThat(b.duplicates(a)).isTrue();
	}

	@Test
	void theSameArticleWithSmallEditsIsANearDuplicate() {
		String edited = AGENCY.replace("新华社北京11月28日电（记者陈静）", "本报综合消息 ")
			.replace("发布数据显示", "公布的数据表明")
			.replace("企业预期持续改善", "市场预期有所改善");

		ArticleFingerprint a = of(AGENCY);
		ArticleFingerprint b = of(edited);

		assertThat(b.exactKey()).isNotEqualTo(a.exactKey());
		assertThat(b.figuresKey()).isEqualTo(a.figuresKey());
		assertThat(b.similarity(a)).isGreaterThanOrEqualTo(ArticleFingerprint.NEAR_DUPLICATE);
		assertThat(b.duplicates(a)).isTrue();
	}

	@Test
	void theSameWordsWithOneFigureChangedAreNeverADuplicate() {
		ArticleFingerprint a = of(AGENCY);
		ArticleFingerprint b = of(AGENCY.replace("制造业增长6.1%", "制造业增长6.2%"));

		assertThat(b.similarity(a)).isGreaterThan(0.9);
		assertThat(b.figuresKey()).isNotEqualTo(a.figuresKey());
		assertThat(b.duplicates(a)).isFalse();
	}

	@Test
	void aChangedChineseNumeralIsAChangedFigure() {
		String text = "今年以来，约三成企业获得贷款，两千三百家企业参与，覆盖率百分之十二点五。";

		assertThat(of(text).duplicates(of(text.replace("三成", "四成")))).isFalse();
		assertThat(of(text).duplicates(of(text.replace("十二点五", "十三点五")))).isFalse();
		assertThat(of(text).duplicates(of(text))).isTrue();
	}

	@Test
	void differentArticlesWithTheSameFiguresAreNoDuplicates() {
		ArticleFingerprint a = of("本报讯近日，经开区召开安全生产工作会议，部署岁末年初安全防范工作，要求压实责任。");
		ArticleFingerprint b = of("本报讯近日，经开区举办银企对接洽谈会，推动金融资源精准滴灌实体经济，助力企业发展。");

		assertThat(a.figuresKey()).isEqualTo(b.figuresKey());
		assertThat(a.similarity(b)).isLessThan(0.3);
		assertThat(a.duplicates(b)).isFalse();
	}

	@Test
	void keysAndSketchFitTheirColumnsAndTheSketchReadsBack() {
		ArticleFingerprint a = of(AGENCY);

		assertThat(a.exactKey()).hasSizeLessThanOrEqualTo(64).matches("[0-9a-f]+");
		assertThat(a.figuresKey()).hasSizeLessThanOrEqualTo(64).matches("[0-9a-f]+");
		assertThat(a.sketch()).hasSizeLessThanOrEqualTo(1000).startsWith("m1:");
		ArticleFingerprint stored = new ArticleFingerprint(a.exactKey(), a.figuresKey(), a.sketch());
		assertThat(stored.similarity(a)).isEqualTo(1.0);
		assertThat(MinHashSketch.parse(a.sketch()).toString()).isEqualTo(a.sketch());
	}

	@Test
	void aMissingOrUnreadableSketchOnlyMatchesTheExactText() {
		ArticleFingerprint a = of(AGENCY);
		ArticleFingerprint old = new ArticleFingerprint(a.exactKey(), a.figuresKey(), "");
		ArticleFingerprint broken = new ArticleFingerprint("0", a.figuresKey(), "m1:not-base64!");

		assertThat(old.duplicates(a)).isTrue();
		assertThat(broken.similarity(a)).isZero();
		assertThat(broken.duplicates(a)).isFalse();
	}

	@Test
	void theFingerprintDependsOnTheTextOnly() {
		Article read = new Article("a.txt", 1, "标题", null, null, "新华社", "正文1至10月份增长5.8%。",
				TextCleaner.clean("正文1至10月份增长5.8%。"));
		Article stored = new Article("b.txt", 3, null, null, null, null, "正文1至10月份增长5.8%。");

		assertThat(ArticleFingerprint.of(read)).isEqualTo(ArticleFingerprint.of(stored));
	}

}
