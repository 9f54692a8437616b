package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTablesTest {

	@Test
	void aTypedTableBecomesSentencesWithTheUnitOfItsCaption() {
		String page = """
				表1　中国制造业PMI及构成指数（经季节调整）
				　　　　　　　　　　　　　　　　　　　单位：%
				　　　　　　　　PMI　　　生产　　新订单
				2024年10月　　 50.1　　52.0　　50.0
				2024年11月　　 50.3　　52.4　　50.8
				　　二、非制造业
				""";
		String clean = TextCleaner.clean(page).text();

		assertThat(clean).contains("PMI，生产，新订单。")
			.contains("2024年10月，50.1%，52.0%，50.0%。")
			.contains("2024年11月，50.3%，52.4%，50.8%。")
			.doesNotContain("50.152.0");
	}

	@Test
	void aCaptionOfAmountAndRateGivesThePercentToTheRateColumns() {
		String page = """
				主要指标（单位：亿元，%）
				指标　　　　　　　金额　　　同比增长
				地区生产总值　　　4218.4　　5.6
				社会消费品零售总额　1612.7　　4.6
				""";
		String clean = TextCleaner.clean(page).text();

		assertThat(clean).contains("地区生产总值，4218.4亿元，5.6%。").contains("社会消费品零售总额，1612.7亿元，4.6%。");
	}

	@Test
	void leavesTextWithoutTablesAsItWas() {
		String page = "　　本报讯　市场监管总局11月14日发布数据显示，企业  5906.2万户。\n共走访小微企业 32 375家";
		assertThat(TextTables.rewrite(page)).isSameAs(page);
		assertThat(TextCleaner.clean(page).text()).isEqualTo("本报讯市场监管总局11月14日发布数据显示，企业5906.2万户。\n共走访小微企业32375家");
	}

	@Test
	void ratesAndMultiplesKeepTheirUnitsWhateverTheCaptionSays() {
		String page = """
				　　　　　　　　　　　　　单位：亿元、%
				债券简称　　　　期限　　　发行规模　　　票面利率　　　投标倍数
				24山东41　　　　10年　　　234.6　　　　2.02　　　　　27.1
				24山东42　　　　15年　　　156.3　　　　2.13　　　　　23.4
				""";
		String clean = TextCleaner.clean(page).text();

		assertThat(clean).contains("24山东41，10年，234.6亿元，2.02%，27.1倍。").contains("24山东42，15年，156.3亿元，2.13%，23.4倍。");
	}

}
