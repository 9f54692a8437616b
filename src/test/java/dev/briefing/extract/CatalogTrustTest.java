package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.briefing.cli.Json;

/**
 * A catalog indicator is read by managers as the week's headline figure: a figure gets
 * one only where it is the entry's reported value, never a goal, a part of a total, a
 * cap, a change or a cumulative total that the entry does not count.
 */
class CatalogTrustTest {

	@Test
	void aCountTakesTheTriggerOfItsOwnClause() {
		List<Quantity> found = Extraction.of("洽谈会上，32家企业与银行签约，签约授信金额8.5亿元，其中首贷企业7家。");
		assertThat(indicators(found)).containsExactly(null, "financing.credit_amount",
				"financing.first_loan_enterprises");
		assertThat(found.get(0).category()).isEqualTo(Category.FINANCING);
		assertThat(indicators(Extraction.of("全区新增授信2.3亿元，帮扶企业复工，其中涉及餐饮门店15家。")))
			.containsExactly("financing.credit_amount", null);
	}

	@Test
	void aCumulativeIssueIsNotTheWeeksIssue() {
		List<Quantity> found = Extraction.of("今年以来，全省累计发行政府债券3200亿元，其中新增债券2100亿元、再融资债券1100亿元。");
		assertThat(indicators(found)).containsExactly("debt.bonds_issued_ytd", null, null);
		assertThat(found).extracting(Quantity::category).containsOnly(Category.DEBT);
		assertThat(indicators(Extraction.of("我省昨日在上海发行政府债券86亿元，其中新增专项债券60亿元。"))).containsExactly("debt.bonds_issued",
				"debt.special_bonds");
	}

	@Test
	void anExportTaxRebateIsItsOwnIndicatorAndTheMonthItNames() {
		List<Quantity> found = Extraction.of("前三季度，全市减税降费及退税15亿元。9月份当月，全市办理出口退税2.4亿元。");
		assertThat(indicators(found)).containsExactly("fiscal_tax.tax_fee_relief", "fiscal_tax.export_tax_rebate");
		assertThat(found).extracting(Quantity::period).containsExactly("2024-Q1..2024-Q3", "2024-09");
		assertThat(Extraction.of("当月，全市出口增长4%。").get(0).period()).isEqualTo("2024-11");
	}

	@Test
	void theSurveyOfASharedSubIndexComesFromItsSentenceOrHeadline() {
		List<Quantity> sme = Extraction.titled("中小企业生产指数连续5个月位于荣枯线以上",
				"工业和信息化部18日发布，9月份，反映中小企业生产经营状况的生产指数为50.3%，比8月份上升0.2个百分点。" + "同期，新订单指数为49.7%。");
		assertThat(sme).extracting(Quantity::category).containsOnly(Category.SME_INDEX);
		// the headline's 5个月 is in the headline alone
		assertThat(sme).extracting(Quantity::where).containsExactly("title", "body", "body", "body");
		assertThat(indicators(sme)).containsExactly(null, "sme_index.production", null, null);
		assertThat(sme).extracting(Quantity::region).containsOnly("全国");
		assertThat(sme.get(1).period()).isEqualTo("2024-09");
		List<Quantity> pmi = Extraction.titled("9月份制造业PMI为49.8%", "9月份，制造业采购经理指数为49.8%。从分类指数看，生产指数为51.2%，新订单指数为49.9%。");
		assertThat(pmi).extracting(Quantity::category).containsOnly(Category.MACRO);
		assertThat(indicators(pmi)).containsExactly("macro.pmi", null, null);
	}

	@Test
	void aNationalBodyPublishesNationalFiguresButNotItsBranches() {
		assertThat(Extraction.of("国家统计局16日发布，10月份，规模以上工业增加值同比增长5.3%。").get(0).region()).isEqualTo("全国");
		assertThat(Extraction.of("人民银行某某中心支行发布，10月末，辖内贷款余额3.2万亿元。").get(0).region()).isNotEqualTo("全国");
		assertThat(Extraction.of("区人社部门举办招聘会4场，帮助企业招聘员工130余人。").get(0).region()).isNull();
	}

	@Test
	void aGoalOrForecastKeepsItsCategoryButNoIndicator() {
		Quantity goal = Extraction.of("下一步，力争年底前走访覆盖率达到98%以上。").get(0);
		assertThat(goal.target()).isTrue();
		assertThat(goal.indicator()).isNull();
		assertThat(goal.category()).isEqualTo(Category.FINANCING);
		assertThat(goal.label()).isEqualTo("走访覆盖率（目标）");
		assertThat(Json.line(goal)).contains("\"target\":true");
		Quantity forecast = Extraction.of("项目投产后，预计可带动就业1200人。").get(0);
		assertThat(forecast.target()).isTrue();
		assertThat(forecast.indicator()).isNull();
		assertThat(forecast.category()).isEqualTo(Category.EMPLOYMENT);
		assertThat(Extraction.of("城镇登记失业率控制在3.5%以内。").get(0).target()).isTrue();
	}

	@Test
	void progressAgainstAGoalIsAReportedFigure() {
		List<Quantity> found = Extraction.of("前10个月，全区城镇新增就业9000人，完成全年目标任务的90%。");
		assertThat(found).extracting(Quantity::target).containsExactly(false, false);
		assertThat(found.get(0).indicator()).isEqualTo("employment.jobs_created");
		assertThat(Json.line(found.get(0))).doesNotContain("target");
		assertThat(Extraction.of("重点项目已完成年度计划投资的85%。").get(0).target()).isFalse();
		assertThat(Extraction.of("今年将14个老旧小区纳入改造计划，涉及居民3860户。").get(1).target()).isFalse();
	}

	@Test
	void aDeadlineAheadIsThisYearsAndHoldsForItsSentenceOnly() {
		List<Quantity> found = Extraction.publishedOn(LocalDate.of(2024, 10, 30), "力争11月底前走访覆盖率达到95%。会上，6家银行汇报了对接进展。");
		assertThat(found.get(0).period()).isEqualTo("2024-11-30");
		assertThat(found.get(1).period()).isNull();
	}

	@Test
	void partsOfABreakdownDoNotTakeTheTotalsIndicator() {
		assertThat(indicators(Extraction.of("从投向看，制造业贷款余额1200亿元，同比增长12%；普惠小微贷款余额680亿元，同比增长18%。"))).containsExactly(null,
				null, "financing.inclusive_loans", "financing.inclusive_loan_growth");
		assertThat(indicators(Extraction.of("分企业规模看，大型企业PMI为50.6%，中型企业PMI为49.1%。"))).containsExactly(null, null);
		assertThat(indicators(Extraction.of("分税种看，增值税减免3.2亿元，企业所得税减免1.1亿元。"))).containsExactly(null, null);
		assertThat(indicators(Extraction.of("从贸易方式看，一般贸易进出口8.1万亿元，增长4.2%。"))).containsExactly(null, null);
		assertThat(indicators(Extraction.of("其中，出口2.1万亿元，进口1.5万亿元。"))).containsExactly("trade.exports",
				"trade.imports");
		assertThat(indicators(Extraction.of("其中，一般债券期限为7年，专项债券期限为15年。"))).containsExactly("debt.bond_term",
				"debt.bond_term");
		assertThat(indicators(Extraction.of("按用途划分，城乡发展类专项债券40亿元，社会事业类专项债券12亿元。")))
			.containsExactly("debt.special_bonds_by_purpose", "debt.special_bonds_by_purpose");
	}

	@Test
	void aTriggerOtherSubjectsShareHoldsOnlyWhereTheWordsAgree() {
		List<Quantity> loan = Extraction.of("银行为企业发放了300万元流动资金贷款，年利率3.2%，期限为2年。");
		assertThat(indicators(loan)).containsOnlyNulls();
		assertThat(loan.get(1).category()).isEqualTo(Category.FINANCING);
		assertThat(indicators(Extraction.of("本期债券期限为7年，票面利率2.08%。"))).containsExactly("debt.bond_term",
				"debt.bond_rate");
	}

	@Test
	void capsChangesAndOldValuesGetNoIndicator() {
		assertThat(indicators(Extraction.of("对单户授信500万元以下的小微企业给予贴息支持。"))).containsExactly((String) null);
		assertThat(indicators(Extraction.of("有融资意向的企业498家，通过申报系统上报317家，比上周增加36家。"))).containsExactly("financing.intent",
				"financing.applications", null);
		assertThat(indicators(Extraction.of("经开区小微企业融资申报数排名由第9位升至第6位。"))).containsExactly(null, "financing.city_rank");
		assertThat(indicators(Extraction.of("一周来全区新增走访小微企业1317家。"))).containsExactly((String) null);
	}

	@Test
	void beneficiariesCountForTheMeasure() {
		List<Quantity> found = Extraction.of("今年以来，全区新增减税降费及退税8.6亿元，惠及经营主体1.6万户。");
		assertThat(indicators(found)).containsExactly("fiscal_tax.tax_fee_relief", null);
		assertThat(found.get(1).category()).isEqualTo(Category.FISCAL_TAX);
		assertThat(Extraction.of("有进出口实绩的企业达到682家。").get(0).category()).isEqualTo(Category.TRADE);
		assertThat(Extraction.of("辖区有企业618家，其中规模以上工业企业42家。")).extracting(Quantity::indicator)
			.containsExactly("enterprise.count", "enterprise.above_scale");
	}

	@Test
	void anEntryCountsOnlyWhatItsLabelSays() {
		assertThat(indicators(Extraction.of("从环比看，三季度国内生产总值增长0.9%。"))).containsExactly((String) null);
		assertThat(indicators(Extraction.of("全市人均GDP超过10万元。"))).containsExactly((String) null);
		assertThat(indicators(Extraction.of("同期，我国对东盟进出口5.7万亿元，增长8.6%。"))).containsExactly(null, null);
		assertThat(indicators(Extraction.of("46名包联干部分包联系辖区规上企业。"))).containsExactly((String) null);
		assertThat(indicators(Extraction.of("本次招聘会现场达成就业意向612人。"))).containsExactly((String) null);
		assertThat(indicators(Extraction.of("全省专项债券重点支持交通、能源等11个领域。"))).containsExactly((String) null);
	}

	private static List<String> indicators(List<Quantity> found) {
		return found.stream().map(Quantity::indicator).toList();
	}

}
