package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms of official releases: lists sharing a unit, bond terms and issues, hours worked,
 * ranks in a list.
 */
class PublishedFormsTest {

	@Test
	void aListWaitsForTheUnitItEndsWith() {
		assertThat(values("比上月分别上升0.5个、0.7个和0.4个百分点")).containsExactly("0.5 PERCENT_POINT", "0.7 PERCENT_POINT",
				"0.4 PERCENT_POINT");
		assertThat(values("比上月分别下降0.4个、上升0.7个和下降0.6个百分点")).containsExactly("0.4 PERCENT_POINT", "0.7 PERCENT_POINT",
				"0.6 PERCENT_POINT");
		assertThat(values("东部地区指数分别比上月上升0.2、0.1、0.3和0.2点。")).containsExactly("0.2 POINT", "0.1 POINT", "0.3 POINT",
				"0.2 POINT");
		assertThat(values("分别有3个、5个项目落地")).containsExactly("3 COUNT", "5 COUNT");
	}

	@Test
	void readsBondTermsSaidOfAnIssue() {
		assertThat(values("上述债券以10年、15年和20年期为主。")).containsExactly("10 YEAR", "15 YEAR", "20 YEAR");
		assertThat(values("三十一期为10年期，利息按半年支付。")).containsExactly("10 YEAR");
		assertThat(values("财政部招标的91天期贴现国债中标收益率1.38%。")).containsExactly("91 DAY", "1.38 PERCENT");
	}

	@Test
	void readsATermStandingAloneInATableCell() {
		assertThat(values("24河南债39，10年，9.82亿元，1.98%。")).containsExactly("10 YEAR", "982000000 CNY", "1.98 PERCENT");
		assertThat(values("公司成立10年，营收增长5%。")).containsExactly("5 PERCENT");
	}

	@Test
	void readsIndexLevelsListedOrInATableRow() {
		assertThat(values("宏观经济感受指数、综合经营指数和市场指数为105.8、105.1和92.6，分别下降3.7、3.0和2.7点。")).containsExactly("105.8 INDEX",
				"105.1 INDEX", "92.6 INDEX", "3.7 POINT", "3 POINT", "2.7 POINT");
		assertThat(values("资金指数，100.5，100.6，-0.1点。")).containsExactly("100.5 INDEX", "100.6 INDEX", "-0.1 POINT");
		assertThat(values("用于支持3218个重点项目建设。")).containsExactly("3218 COUNT");
	}

	@Test
	void leavesTenorsInProductNamesAlone() {
		assertThat(values("下调7天期逆回购操作利率0.2个百分点")).containsExactly("0.2 PERCENT_POINT");
		assertThat(values("1年期定期存款挂牌利率降至1.1%")).containsExactly("1.1 PERCENT");
		assertThat(values("5年期以上LPR为3.6%。")).containsExactly("3.6 PERCENT");
		assertThat(values("三年期间共投入资金12亿元。")).containsExactly("1200000000 CNY");
	}

	@Test
	void countsIssuesButNotTheirNames() {
		assertThat(values("1140亿元特殊再融资债券分4期发行。")).containsExactly("114000000000 CNY", "4 COUNT");
		assertThat(values("今年以来已累计发行各类债券28期。")).containsExactly("28 COUNT");
		assertThat(values("2024年河南省政府专项债券（二十三期）计划发行67.32亿元")).containsExactly("6732000000 CNY");
		assertThat(values("三期工程已开工，一期项目已投产。")).isEmpty();
		assertThat(values("本期债券于12月3日上市，第5期将于下周发行。")).isEmpty();
	}

	@Test
	void readsHoursAndRanksInAList() {
		assertThat(values("全国企业就业人员周平均工作时间为48.6小时。")).containsExactly("48.6 COUNT");
		assertThat(values("进出口规模居全国第9位、中部地区第1位。")).containsExactly("9 RANK", "1 RANK");
		assertThat(values("见本报第3版、第4版。")).isEmpty();
	}

	private static List<String> values(String text) {
		return Extraction.of(text).stream().map(q -> q.value().toPlainString() + " " + q.unit()).toList();
	}

}
