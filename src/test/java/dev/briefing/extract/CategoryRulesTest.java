package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Categories in official releases: the subject of an amount, of its growth, of a tax, of
 * a sub-index.
 */
class CategoryRulesTest {

	@Test
	void amountsOfEnterprisesAreAboutWhatTheyDo() {
		assertThat(categories("1—10月份全国规模以上工业企业利润下降4.3%",
				"10月末，规模以上工业企业资产总计174.29万亿元，同比增长4.4%；负债合计99.86万亿元，增长4.9%；资产负债率为57.3%。"))
			.containsOnly(Category.MACRO);
		assertThat(categories("10月份中小企业发展指数小幅回升", "反映“市场需求不足”的企业占比为58.3%，比上月下降0.7个百分点。"))
			.containsOnly(Category.SME_INDEX);
		assertThat(categories(null, "新设企业713.5万户，同比增长4.9%；民营企业占企业总数的比重达96.4%。")).containsOnly(Category.ENTERPRISE);
	}

	@Test
	void enterprisesAFinancingProgrammeReachedAreFinancingAndAStockIsEnterprise() {
		assertThat(categories(null, "截至10月末，全省获贷企业1.35万家，贷款余额同比增长8.1%。")).first().isEqualTo(Category.FINANCING);
		assertThat(categories(null, "全省授信企业2300家。")).containsExactly(Category.FINANCING);
		assertThat(categories(null, "辖区有企业552家，个体工商户903家。")).containsOnly(Category.ENTERPRISE);
	}

	@Test
	void bondsAreDebtEvenInASocialFinancingReport() {
		assertThat(
				categories("前10个月社会融资规模增量累计为27.06万亿元", "前10个月社会融资规模增量累计为27.06万亿元，其中，政府债券净融资9.14万亿元，企业债券余额为31.84万亿元。"))
			.containsExactly(Category.FINANCING, Category.DEBT, Category.DEBT);
		assertThat(categories("债市周报", "一级市场方面，上周利率债共发行5612亿元，净融资2386亿元。")).containsOnly(Category.DEBT);
	}

	@Test
	void oneCompanysResultsAreEnterpriseAndThoseOfAGroupAreTheEconomys() {
		assertThat(categories("某公司前三季度营业收入下降", "该公司前三季度实现营业收入12.3亿元，净亏损2.1亿元，员工持股比例为5%。"))
			.containsOnly(Category.ENTERPRISE);
		assertThat(categories("新能源重卡运营商完成B轮融资", "该公司目前在全国运营电动重卡超过6000辆，今年1-9月营收18.6亿元。")).endsWith(Category.ENTERPRISE);
		assertThat(categories("1—10月份全国规模以上工业企业利润下降4.3%", "1—10月份，全国规模以上工业企业实现营业收入106.79万亿元。"))
			.containsOnly(Category.MACRO);
		assertThat(categories(null, "1—10月份，采矿业实现利润总额8612.5亿元。")).containsOnly(Category.MACRO);
	}

	@Test
	void figuresOfABudgetAreFiscalEvenWhereTheyNameInvestment() {
		assertThat(categories(null, "今年全省一般公共预算安排基础设施投资支出300亿元。")).containsExactly(Category.FISCAL_TAX);
		assertThat(categories(null, "省级预算安排重大项目投资资金30亿元。")).containsExactly(Category.FISCAL_TAX);
		assertThat(categories(null, "年初预算安排政府投资项目资金8亿元。")).containsExactly(Category.FISCAL_TAX);
		assertThat(categories(null, "全市完成重大项目投资30亿元。")).containsExactly(Category.MACRO);
	}

	@Test
	void revenueAndTaxesOfAFiscalReportAreFiscal() {
		assertThat(categories("2024年1-10月财政收支情况",
				"地方一般公共预算本级收入104570亿元，同比增长1.9%。关税1906亿元，同比下降0.9%。国有土地使用权出让收入35214亿元，同比下降24.5%。"))
			.containsOnly(Category.FISCAL_TAX);
		assertThat(categories(null, "全国居民人均可支配收入30941元，比上年同期名义增长5.2%。")).containsOnly(Category.EMPLOYMENT);
	}

	@Test
	void populationIsOfTheEconomyAndAChangeOfARateIsTheRates() {
		assertThat(categories("2024年国民经济运行稳中有进", "年末全国人口140828万人，比上年末减少139万人；常住人口城镇化率为67.00%。"))
			.containsOnly(Category.MACRO);
		assertThat(categories("2024年国民经济运行稳中有进", "全年全国城镇调查失业率平均值为5.1%，比上年下降0.1个百分点。"))
			.containsOnly(Category.EMPLOYMENT);
	}

	@Test
	void subIndicesBelongToTheirSurvey() {
		assertThat(categories("10月份中小企业发展指数小幅回升", "市场指数为79.5，比上月上升0.3点。国内订单指数和出口订单指数分别为80.2和78.1。"))
			.containsOnly(Category.SME_INDEX);
		assertThat(categories("11月财新中国制造业PMI升至51.5", "就业指数录得50.2，为今年以来首次回到扩张区间。")).containsExactly(Category.MACRO,
				Category.MACRO);
	}

	@Test
	void theCellsOfATableRowShareTheirSubject() {
		assertThat(categories("10月份国民经济稳中有升", "货物进出口总额（亿元），37022亿元，4.6%，361908亿元，5.2%。")).containsOnly(Category.TRADE);
	}

	@Test
	void bondsFundsAndProgrammesKeepTheirCategory() {
		assertThat(categories(null, "本期中期票据由6家主承销商联合承销，票面利率2.09%。")).containsOnly(Category.DEBT);
		assertThat(categories("投融资周报", "IPO方面，4家中国企业上市，其中科创板1家、创业板1家。")).containsOnly(Category.FINANCING);
		assertThat(categories(null, "累计办理再贷款再贴现1286.3亿元，支持经营主体8.9万户。")).containsOnly(Category.FINANCING);
		assertThat(categories(null, "1-11月，全国累计向56.3万户企业发放一次性扩岗补助31.2亿元。")).containsOnly(Category.FISCAL_TAX);
		assertThat(categories(null, "截至10月底，全区实有企业总数为3.42万户。")).containsOnly(Category.ENTERPRISE);
		assertThat(categories("投资界早报：3家硬科技公司完成新一轮融资", "前三季度，中国股权投资市场投资案例数6319起，投资总金额4358.9亿元，同比下降35.1%。"))
			.containsOnly(Category.FINANCING);
		assertThat(categories("人力资源社会保障部举行新闻发布会", "前三季度，全国共招收博士后研究人员2.96万人，同比增长3.2%。"))
			.containsOnly(Category.EMPLOYMENT);
	}

	private static List<Category> categories(String title, String text) {
		return Extraction.titled(title, text).stream().map(Quantity::category).toList();
	}

}
